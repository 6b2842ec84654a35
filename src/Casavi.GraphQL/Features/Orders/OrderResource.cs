using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL;

namespace Casavi.GraphQL.Features.Orders;

/// <summary>Work orders of all tickets; casavi lists them (filtered by status) but serves none by id.</summary>
public sealed class OrderResource : CasaviResource<Order, OrderGraphType, ITicketsApi>
{
    public OrderResource()
        : base("Order", order => order.Id, null, (api, token) => api.ListOrdersAsync(null, token))
    {
        RootList = new RootList<Order, ITicketsApi, Filter>(
            "orders",
            "Work orders of all tickets, in casavi's order. `status` (as an argument, or as one value in `where`) is passed on to casavi; the gateway checks every condition on what it answers.",
            (api, filter, token) => api.ListOrdersAsync(filter.Status, token),
            context => new Filter(context.GetArgument<OrderStatus?>("status")))
        {
            PushDown = (filter, where) => filter with { Status = where.Equal("status", filter.Status) },
            Arguments = field => field.Argument<InputEnumGraphType<OrderStatus>>("status", "Only orders in this status."),
        };
    }

    private sealed record Filter(OrderStatus? Status);
}
