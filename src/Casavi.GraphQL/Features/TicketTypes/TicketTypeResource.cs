using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.TicketTypes;

/// <summary>Ticket types; casavi lists them but serves none by id, and the list is short.</summary>
public sealed class TicketTypeResource() : ListedResource<TicketType, TicketTypeGraphType, ITicketsApi>(
    "TicketType", value => value.Id, (api, token) => api.ListTypesAsync(token), "ticketTypes", "The ticket categories of the account, in casavi's order.");
