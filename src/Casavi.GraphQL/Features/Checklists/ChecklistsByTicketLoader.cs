using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Caching;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.Checklists;

/// <summary>The checklists of each ticket: casavi cannot filter checklists by ticket, so the list is walked once per request and grouped.</summary>
public sealed class ChecklistsByTicketLoader(ResourceLoader<TicketChecklist> byId, IServiceProvider services, ListCache lists)
    : GroupedListLoader<TicketChecklist>(byId, services, lists)
{
    protected override string? GroupKeyOf(TicketChecklist value) => value.TicketId;
}
