using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Caching;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.Orders;

/// <summary>The orders of each ticket: casavi cannot filter orders by ticket, so the order list is walked once per request and grouped.</summary>
public sealed class OrdersByTicketLoader(ResourceLoader<Order> byId, IServiceProvider services, ListCache lists)
    : GroupedListLoader<Order>(byId, services, lists)
{
    protected override string? GroupKeyOf(Order value) => value.TicketId;
}
