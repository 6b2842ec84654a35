using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Features.Tickets;

namespace Casavi.GraphQL.Features.Orders;

/// <summary>The orders of each ticket: casavi cannot filter orders by ticket, so the order list is walked once per request and grouped.</summary>
public sealed class OrdersByTicketLoader(ITicketsApi tickets, ListScanner scanner, OrderByIdLoader byId) : GroupedListLoader<Order>
{
    protected override string? GroupKeyOf(Order value) => value.TicketId;

    protected override IAsyncEnumerable<Order> WalkAsync(CancellationToken cancellationToken) =>
        scanner.ScanAsync("orders", token => tickets.ListOrdersAsync(cancellationToken: token), cancellationToken);

    protected override void PrimeEntry(Order value) => byId.Prime(value.Id, value);
}
