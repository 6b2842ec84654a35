using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.Checklists;

/// <summary>Ticket checklists; casavi lists them but serves none by id.</summary>
public sealed class TicketChecklistResource : CasaviResource<TicketChecklist, TicketChecklistGraphType, ITicketsApi>
{
    public TicketChecklistResource()
        : base("TicketChecklist", value => value.Id, null, (api, token) => api.ListChecklistsAsync(token))
    {
        RootList = new RootList<TicketChecklist, ITicketsApi, NoFilter>(
            "checklists",
            "Checklists of all tickets, in casavi's order.",
            (api, _, token) => api.ListChecklistsAsync(token),
            _ => NoFilter.Instance);
    }
}
