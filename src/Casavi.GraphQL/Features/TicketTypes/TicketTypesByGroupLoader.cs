using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Caching;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.TicketTypes;

/// <summary>The ticket types of each group, from one walk of the type list per request.</summary>
public sealed class TicketTypesByGroupLoader(ResourceLoader<TicketType> byId, IServiceProvider services, ListCache lists)
    : GroupedListLoader<TicketType>(byId, services, lists)
{
    protected override string? GroupKeyOf(TicketType value) => value.GroupId;
}
