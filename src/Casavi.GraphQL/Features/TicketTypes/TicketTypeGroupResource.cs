using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.TicketTypes;

/// <summary>Ticket type groups; casavi lists them but serves none by id, and the list is short.</summary>
public sealed class TicketTypeGroupResource() : ListedResource<TicketTypeGroup, TicketTypeGroupGraphType, ITicketsApi>(
    "TicketTypeGroup", value => value.Id, (api, token) => api.ListTypeGroupsAsync(token), "ticketTypeGroups", "The groups of ticket categories, in casavi's order.");
