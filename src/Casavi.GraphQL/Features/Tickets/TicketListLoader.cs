using Casavi.Contract;
using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Caching;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.Tickets;

/// <summary>
/// The whole ticket list for a status filter (null: every status), read at most once per request
/// (from the cross-request cache when it holds it) and shared by every reverse edge (<c>Property.tickets</c>, <c>Contact.tickets</c>,
/// <c>StaffMember.assignedTickets</c>). Each ticket walked primes <see cref="ResourceLoader{TValue}"/>.
/// </summary>
public sealed class TicketListLoader(ITicketsApi tickets, ListCache lists, ResourceLoader<Ticket> byId) : BatchLoader<TicketListFilter, IReadOnlyList<Ticket>>
{
    protected override async Task<IReadOnlyDictionary<TicketListFilter, IReadOnlyList<Ticket>>> FetchAsync(IReadOnlyList<TicketListFilter> keys, CancellationToken cancellationToken)
    {
        var lists = await Task.WhenAll(keys.Select(key => WalkAsync(key, cancellationToken)));
        return keys.Zip(lists).ToDictionary(pair => pair.First, pair => pair.Second);
    }

    private async Task<IReadOnlyList<Ticket>> WalkAsync(TicketListFilter filter, CancellationToken cancellationToken)
    {
        var scope = ListScope.Of(byId.Resource.ListName, filter);
        // A ticket whose status changed leaves a status-filtered list, which only a whole read shows.
        Func<DateTimeOffset, CancellationToken, Task<Page<Ticket>>>? changedSince = filter.Status is null
            ? (since, token) => tickets.ListAsync(modifiedAfter: since, cancellationToken: token)
            : null;
        var list = await lists.ReadAsync(
            new WholeList<Ticket>(scope, token => tickets.ListAsync(filter.Status, cancellationToken: token), changedSince, ticket => ticket.Id),
            cancellationToken);
        foreach (var ticket in list.Items)
            byId.Prime(ticket);
        return list.Items;
    }
}
