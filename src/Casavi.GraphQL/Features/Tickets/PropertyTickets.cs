using Casavi.Contract.MasterData;
using Casavi.GraphQL.Features.Properties;
using Casavi.GraphQL.Kernel.Fields;

namespace Casavi.GraphQL.Features.Tickets;

/// <summary>Adds <c>Property.tickets</c>.</summary>
public sealed class PropertyTickets : ITypeExtension<PropertyGraphType>
{
    /// <summary>Tickets by property: casavi filters its ticket list by <c>propertyId</c>.</summary>
    private static readonly TicketParent Parent = new(ticket => ticket.PropertyId, new ParentFilter("propertyId", (api, propertyId, status, token) => api.ListAsync(status, propertyId, null, null, token)));

    public void Extend(PropertyGraphType type) =>
        type.AddTicketsField(
            Parent,
            "tickets",
            "Tickets of the property, in casavi's order. Batched per query level: up to `Gateway:Batching:ByIdMaxKeys` properties (default 16) ask casavi's ticket list filtered by property, in parallel; more properties share one walk of the whole ticket list (per status), grouped by property.",
            property => property.Id);
}
