using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.DataLoading;

namespace Casavi.GraphQL.Features.Orders;

/// <summary>Orders by ID; casavi serves no order by id, so the order list is walked until every key is found.</summary>
public sealed class OrderByIdLoader(ITicketsApi tickets, ListScanner scanner) : ListIndexLoader<Order>
{
    protected override string KeyOf(Order value) => value.Id;

    protected override IAsyncEnumerable<Order> WalkAsync(CancellationToken cancellationToken) =>
        scanner.ScanAsync("orders", token => tickets.ListOrdersAsync(cancellationToken: token), cancellationToken);
}
