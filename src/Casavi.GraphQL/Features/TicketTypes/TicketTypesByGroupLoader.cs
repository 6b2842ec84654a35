using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Features.Tickets;

namespace Casavi.GraphQL.Features.TicketTypes;

/// <summary>The ticket types of each group, from one walk of the type list per request.</summary>
public sealed class TicketTypesByGroupLoader(ITicketsApi tickets, ListScanner scanner, TicketTypeLoader byId) : GroupedListLoader<TicketType>
{
    protected override string? GroupKeyOf(TicketType value) => value.GroupId;

    protected override IAsyncEnumerable<TicketType> WalkAsync(CancellationToken cancellationToken) =>
        scanner.ScanAsync("ticketTypes", tickets.ListTypesAsync, cancellationToken);

    protected override void PrimeEntry(TicketType value) => byId.Prime(value.Id, value);
}
