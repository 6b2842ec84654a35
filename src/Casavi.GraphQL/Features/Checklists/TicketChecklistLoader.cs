using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.DataLoading;

namespace Casavi.GraphQL.Features.Checklists;

/// <summary>Checklists by ID; casavi serves none by id, so the checklist list is walked until every key is found.</summary>
public sealed class TicketChecklistLoader(ITicketsApi tickets, ListScanner scanner) : ListIndexLoader<TicketChecklist>
{
    protected override string KeyOf(TicketChecklist value) => value.Id;

    protected override IAsyncEnumerable<TicketChecklist> WalkAsync(CancellationToken cancellationToken) =>
        scanner.ScanAsync("checklists", tickets.ListChecklistsAsync, cancellationToken);
}
