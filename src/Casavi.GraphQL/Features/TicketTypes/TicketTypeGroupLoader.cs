using Casavi.Client.Api;
using Casavi.Client.Paging;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.DataLoading;

namespace Casavi.GraphQL.Features.TicketTypes;

/// <summary>Ticket type groups by ID; casavi lists them but serves none by id, and the list is short.</summary>
public sealed class TicketTypeGroupLoader(ITicketsApi tickets, ICasaviPager pager) : ListIndexLoader<TicketTypeGroup>
{
    protected override string KeyOf(TicketTypeGroup value) => value.Id;

    protected override IAsyncEnumerable<TicketTypeGroup> WalkAsync(CancellationToken cancellationToken) =>
        pager.WalkAsync(tickets.ListTypeGroupsAsync, cancellationToken);
}
