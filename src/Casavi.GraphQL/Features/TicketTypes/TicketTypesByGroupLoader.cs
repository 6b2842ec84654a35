using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.TicketTypes;

/// <summary>The ticket types of each group, from one walk of the type list per request.</summary>
public sealed class TicketTypesByGroupLoader(ResourceLoader<TicketType> byId, IServiceProvider services, ListScanner scanner)
    : GroupedListLoader<TicketType>(byId, services, scanner)
{
    protected override string? GroupKeyOf(TicketType value) => value.GroupId;
}
