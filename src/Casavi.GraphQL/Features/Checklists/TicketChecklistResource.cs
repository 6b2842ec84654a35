using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.Checklists;

/// <summary>Ticket checklists; casavi lists them but serves none by id.</summary>
public sealed class TicketChecklistResource() : ListedResource<TicketChecklist, TicketChecklistGraphType, ITicketsApi>(
    "TicketChecklist", value => value.Id, (api, token) => api.ListChecklistsAsync(token), "checklists", "Checklists of all tickets, in casavi's order.");
