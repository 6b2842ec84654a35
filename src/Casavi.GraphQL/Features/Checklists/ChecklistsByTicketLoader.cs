using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Features.Tickets;

namespace Casavi.GraphQL.Features.Checklists;

/// <summary>The checklists of each ticket: casavi cannot filter checklists by ticket, so the list is walked once per request and grouped.</summary>
public sealed class ChecklistsByTicketLoader(ITicketsApi tickets, ListScanner scanner, TicketChecklistLoader byId) : GroupedListLoader<TicketChecklist>
{
    protected override string? GroupKeyOf(TicketChecklist value) => value.TicketId;

    protected override IAsyncEnumerable<TicketChecklist> WalkAsync(CancellationToken cancellationToken) =>
        scanner.ScanAsync("checklists", tickets.ListChecklistsAsync, cancellationToken);

    protected override void PrimeEntry(TicketChecklist value) => byId.Prime(value.Id, value);
}
