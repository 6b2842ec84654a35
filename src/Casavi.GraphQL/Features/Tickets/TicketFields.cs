using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Filtering;

namespace Casavi.GraphQL.Features.Tickets;

/// <summary>What lists of tickets can be filtered and sorted by.</summary>
public sealed class TicketFields : QueryableFields<Ticket>
{
    public TicketFields()
        : base("Ticket", ticket => ticket.Id)
    {
        Text("referenceId", ticket => ticket.Id, "casavi reference ID of the ticket.");
        Text("title", ticket => ticket.Title, "Short title of the ticket.");
        Choice<TicketStatus>("status", ticket => ticket.Status, "Processing state; sorts OPEN, IN_PROGRESS, CLOSED.");
        Choice<TicketPriority>("priority", ticket => ticket.Priority, "Priority; sorts LOW, NORMAL, HIGH.");
        Text("propertyId", ticket => ticket.PropertyId, "casavi reference ID of the ticket's property.");
        Text("unitId", ticket => ticket.UnitId, "casavi reference ID of the ticket's unit.");
        Text("contactId", ticket => ticket.ContactId, "casavi reference ID of the contact who reported the ticket.");
        Text("assigneeId", ticket => ticket.AssigneeId, "casavi reference ID of the staff member the ticket is assigned to.");
        Text("typeId", ticket => ticket.TypeId, "casavi ID of the ticket type.");
        Moment("createdAt", ticket => ticket.CreatedAt, "When the ticket was created.");
        Moment("updatedAt", ticket => ticket.UpdatedAt, "When the ticket was last updated.");
    }
}
