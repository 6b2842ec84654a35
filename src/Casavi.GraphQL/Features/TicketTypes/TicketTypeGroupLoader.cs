using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.DataLoading;

namespace Casavi.GraphQL.Features.TicketTypes;

/// <summary>Ticket type groups by ID; casavi lists them but serves none by id, and the list is short.</summary>
public sealed class TicketTypeGroupLoader(ITicketsApi tickets, ListScanner scanner) : ListIndexLoader<TicketTypeGroup>
{
    protected override string KeyOf(TicketTypeGroup value) => value.Id;

    protected override IAsyncEnumerable<TicketTypeGroup> WalkAsync(CancellationToken cancellationToken) =>
        scanner.ScanAsync("ticketTypeGroups", tickets.ListTypeGroupsAsync, cancellationToken);
}
