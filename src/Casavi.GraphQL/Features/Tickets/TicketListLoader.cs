using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.Tickets;

/// <summary>
/// The whole ticket list for a status filter (null: every status), walked at most once per request
/// and shared by every reverse edge (<c>Property.tickets</c>, <c>Contact.tickets</c>,
/// <c>StaffMember.assignedTickets</c>). Each ticket walked primes <see cref="ResourceLoader{TValue}"/>.
/// </summary>
public sealed class TicketListLoader(ITicketsApi tickets, ListScanner scanner, ResourceLoader<Ticket> byId) : BatchLoader<TicketListFilter, IReadOnlyList<Ticket>>
{
    protected override async Task<IReadOnlyDictionary<TicketListFilter, IReadOnlyList<Ticket>>> FetchAsync(IReadOnlyList<TicketListFilter> keys, CancellationToken cancellationToken)
    {
        var lists = await Task.WhenAll(keys.Select(key => WalkAsync(key, cancellationToken)));
        return keys.Zip(lists).ToDictionary(pair => pair.First, pair => pair.Second);
    }

    private async Task<IReadOnlyList<Ticket>> WalkAsync(TicketListFilter filter, CancellationToken cancellationToken)
    {
        var list = new List<Ticket>();
        var scope = ListScope.Of(byId.Resource.ListName, filter);
        await foreach (var ticket in scanner.ScanAsync(scope, token => tickets.ListAsync(filter.Status, cancellationToken: token), WalkDemand.AllPages, cancellationToken))
        {
            byId.Prime(ticket);
            list.Add(ticket);
        }

        return list;
    }
}
