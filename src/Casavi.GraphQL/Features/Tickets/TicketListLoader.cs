using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.DataLoading;

namespace Casavi.GraphQL.Features.Tickets;

/// <summary>
/// The whole ticket list for a status filter (null: every status), walked at most once per request
/// and shared by every reverse edge (<c>Property.tickets</c>, <c>Contact.tickets</c>,
/// <c>StaffMember.assignedTickets</c>). Each ticket walked primes <see cref="TicketByIdLoader"/>.
/// </summary>
public sealed class TicketListLoader(ITicketsApi tickets, ListScanner scanner, TicketByIdLoader byId) : BatchLoader<TicketListFilter, IReadOnlyList<Ticket>>
{
    protected override async Task<IReadOnlyDictionary<TicketListFilter, IReadOnlyList<Ticket>>> FetchAsync(IReadOnlyList<TicketListFilter> keys, CancellationToken cancellationToken)
    {
        var lists = await Task.WhenAll(keys.Select(key => WalkAsync(key, cancellationToken)));
        return keys.Zip(lists).ToDictionary(pair => pair.First, pair => pair.Second);
    }

    private async Task<IReadOnlyList<Ticket>> WalkAsync(TicketListFilter filter, CancellationToken cancellationToken)
    {
        var list = new List<Ticket>();
        await foreach (var ticket in scanner.ScanAsync(filter.Status is null ? "tickets" : $"tickets?status={filter.Status}", token => tickets.ListAsync(filter.Status, cancellationToken: token), cancellationToken))
        {
            byId.Prime(ticket.Id, ticket);
            list.Add(ticket);
        }

        return list;
    }
}
