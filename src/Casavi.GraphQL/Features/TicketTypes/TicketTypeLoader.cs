using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.DataLoading;

namespace Casavi.GraphQL.Features.TicketTypes;

/// <summary>Ticket types by ID; casavi lists them but serves none by id, and the list is short.</summary>
public sealed class TicketTypeLoader(ITicketsApi tickets, ListScanner scanner) : ListIndexLoader<TicketType>
{
    protected override string KeyOf(TicketType value) => value.Id;

    protected override IAsyncEnumerable<TicketType> WalkAsync(CancellationToken cancellationToken) =>
        scanner.ScanAsync("ticketTypes", tickets.ListTypesAsync, cancellationToken);
}
