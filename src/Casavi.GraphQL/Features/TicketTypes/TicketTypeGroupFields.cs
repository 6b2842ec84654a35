using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Filtering;

namespace Casavi.GraphQL.Features.TicketTypes;

/// <summary>What lists of ticket type groups can be filtered and sorted by.</summary>
public sealed class TicketTypeGroupFields : QueryableFields<TicketTypeGroup>
{
    public TicketTypeGroupFields()
        : base("TicketTypeGroup", group => group.Id)
    {
        Text("referenceId", group => group.Id, "casavi ID of the type group.");
        Text("name", group => group.Name, "Name of the type group.");
    }
}
