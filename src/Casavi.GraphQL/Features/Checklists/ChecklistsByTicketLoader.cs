using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.Checklists;

/// <summary>The checklists of each ticket: casavi cannot filter checklists by ticket, so the list is walked once per request and grouped.</summary>
public sealed class ChecklistsByTicketLoader(ResourceLoader<TicketChecklist> byId, IServiceProvider services, ListScanner scanner)
    : GroupedListLoader<TicketChecklist>(byId, services, scanner)
{
    protected override string? GroupKeyOf(TicketChecklist value) => value.TicketId;
}
