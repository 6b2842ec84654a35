using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Filtering;

namespace Casavi.GraphQL.Features.Orders;

/// <summary>What lists of order types can be filtered and sorted by.</summary>
public sealed class OrderTypeFields : QueryableFields<OrderType>
{
    public OrderTypeFields()
        : base("OrderType", type => type.Id)
    {
        Text("referenceId", type => type.Id, "casavi ID of the order type.");
        Text("name", type => type.Name, "Name of the order type.");
    }
}
