using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Relay;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Orders;

public sealed class OrderTypeGraphType : ObjectGraphType<OrderType>
{
    public OrderTypeGraphType(IEnumerable<ITypeExtension<OrderTypeGraphType>> extensions)
    {
        Name = "OrderType";
        Description = "A kind of work order (e.g. Reparatur).";
        this.IsNode(type => type.Id);

        Field("referenceId", type => type.Id).Description("casavi ID of the order type (e.g. OT-01).");
        Field(type => type.Name).Description("Name of the order type.");

        this.ApplyExtensions(extensions);
    }
}
