using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.TicketTypes;

/// <summary>Ticket types; casavi lists them but serves none by id, and the list is short.</summary>
public sealed class TicketTypeResource : CasaviResource<TicketType, TicketTypeGraphType, ITicketsApi>
{
    public TicketTypeResource()
        : base("TicketType", value => value.Id, null, (api, token) => api.ListTypesAsync(token))
    {
        RootList = new RootList<TicketType, ITicketsApi, NoFilter>(
            "ticketTypes",
            "The ticket categories of the account, in casavi's order.",
            (api, _, token) => api.ListTypesAsync(token),
            _ => NoFilter.Instance);
    }
}
