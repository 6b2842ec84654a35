using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.TicketTypes;

/// <summary>Ticket type groups; casavi lists them but serves none by id, and the list is short.</summary>
public sealed class TicketTypeGroupResource : CasaviResource<TicketTypeGroup, TicketTypeGroupGraphType, ITicketsApi>
{
    public TicketTypeGroupResource()
        : base("TicketTypeGroup", value => value.Id, null, (api, token) => api.ListTypeGroupsAsync(token))
    {
        RootList = new RootList<TicketTypeGroup, ITicketsApi, NoFilter>(
            "ticketTypeGroups",
            "The groups of ticket categories, in casavi's order.",
            (api, _, token) => api.ListTypeGroupsAsync(token),
            _ => NoFilter.Instance);
    }
}
