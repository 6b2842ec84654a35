using Casavi.Contract.Tickets;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Orders;

public sealed class OrderStatusGraphType : EnumerationGraphType<OrderStatus>
{
    public OrderStatusGraphType()
    {
        Name = "OrderStatus";
        Description = "State of a work order. UNKNOWN stands for a value casavi added after this gateway was built.";
    }
}
