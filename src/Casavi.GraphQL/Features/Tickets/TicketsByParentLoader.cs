using Casavi.Client.Api;
using Casavi.Client.Paging;
using Casavi.Contract;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Resources;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Features.Tickets;

/// <summary>
/// The tickets of many parents at once, per status filter: a batch of at most
/// <see cref="BatchingOptions.ByIdMaxKeys"/> parents asks casavi's list filtered to each parent, in
/// parallel (one wave); a larger batch, or a parent kind casavi cannot filter by, reads the whole
/// ticket list once (shared by every reverse edge through <see cref="TicketListLoader"/>) and
/// groups it. So N parents never cost more than one walk of the ticket list. casavi's filters are
/// assumed, so every ticket is checked against its parent and status; a parent filter casavi
/// ignored is not used again.
/// </summary>
public sealed class TicketsByParentLoader(
    ITicketsApi tickets, ICasaviPager pager, TicketListLoader wholeList, ResourceLoader<Ticket> byId, IOptions<BatchingOptions> options, CasaviAssumptions assumptions)
    : BatchLoader<ParentTickets, IReadOnlyList<Ticket>>
{
    protected override async Task<IReadOnlyDictionary<ParentTickets, IReadOnlyList<Ticket>>> FetchAsync(IReadOnlyList<ParentTickets> keys, CancellationToken cancellationToken)
    {
        var perStatus = await Task.WhenAll(keys.GroupBy(key => (key.Parent, key.Status)).Select(group => FetchInStatusAsync(group.Key.Parent, group.Key.Status, [.. group], cancellationToken)));
        return perStatus.SelectMany(answers => answers).ToDictionary();
    }

    private async Task<IEnumerable<KeyValuePair<ParentTickets, IReadOnlyList<Ticket>>>> FetchInStatusAsync(
        TicketParent parent, TicketStatus? status, IReadOnlyList<ParentTickets> keys, CancellationToken cancellationToken)
    {
        if (parent.Filter is { } filter && keys.Count <= options.Value.ByIdMaxKeys && !assumptions.IsDisproved(filter.IsApplied))
        {
            var lists = await Task.WhenAll(keys.Select(key => WalkFilteredAsync(token => filter.List(tickets, key.ParentId, status, token), cancellationToken)));
            return keys.Zip(lists, (key, list) => KeyValuePair.Create(key, (IReadOnlyList<Ticket>)Checked(filter, key, list)));
        }

        var all = await wholeList.LoadAsync(new TicketListFilter(status)).GetResultAsync(cancellationToken) ?? [];
        var byParent = all.Where(ticket => InStatus(ticket, status) && parent.ParentOf(ticket) is not null).ToLookup(ticket => parent.ParentOf(ticket)!, StringComparer.Ordinal);
        return keys.Select(key => KeyValuePair.Create(key, (IReadOnlyList<Ticket>)[.. byParent[key.ParentId]]));
    }

    /// <summary>The tickets of <paramref name="key"/>'s parent among those casavi answered; any other ticket means casavi ignored the filter.</summary>
    private List<Ticket> Checked(ParentFilter filter, ParentTickets key, IReadOnlyList<Ticket> answered)
    {
        var kept = answered.Where(ticket => InStatus(ticket, key.Status) && key.Parent.ParentOf(ticket) == key.ParentId).ToList();
        if (answered.Any(ticket => key.Parent.ParentOf(ticket) != key.ParentId))
            assumptions.Disprove(filter.IsApplied, "the whole ticket list is read and grouped by parent");
        return kept;
    }

    private static bool InStatus(Ticket ticket, TicketStatus? status) => status is null || ticket.Status == status;

    /// <summary>One parent's tickets. Through the pager, not the list scanner: page-count hints per parent would grow with the parents, and most of these lists are one page.</summary>
    private async Task<IReadOnlyList<Ticket>> WalkFilteredAsync(Func<CancellationToken, Task<Page<Ticket>>> firstPage, CancellationToken cancellationToken)
    {
        var list = new List<Ticket>();
        await foreach (var ticket in pager.WalkAsync(firstPage, cancellationToken))
        {
            byId.Prime(ticket);
            list.Add(ticket);
        }

        return list;
    }
}
