using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.DataLoading;

namespace Casavi.GraphQL.Features.Orders;

/// <summary>Order types by ID; casavi lists them but serves none by id, and the list is short.</summary>
public sealed class OrderTypeLoader(ITicketsApi tickets, ListScanner scanner) : ListIndexLoader<OrderType>
{
    protected override string KeyOf(OrderType value) => value.Id;

    protected override IAsyncEnumerable<OrderType> WalkAsync(CancellationToken cancellationToken) =>
        scanner.ScanAsync("orderTypes", tickets.ListOrderTypesAsync, cancellationToken);
}
