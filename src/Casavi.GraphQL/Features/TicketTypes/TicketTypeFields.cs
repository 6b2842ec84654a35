using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Filtering;

namespace Casavi.GraphQL.Features.TicketTypes;

/// <summary>What lists of ticket types can be filtered and sorted by.</summary>
public sealed class TicketTypeFields : QueryableFields<TicketType>
{
    public TicketTypeFields()
        : base("TicketType", type => type.Id)
    {
        Text("referenceId", type => type.Id, "casavi ID of the ticket type.");
        Text("name", type => type.Name, "Name of the ticket type.");
        Text("groupId", type => type.GroupId, "casavi ID of the type's group.");
    }
}
