using Casavi.Contract.MasterData;
using Casavi.GraphQL.Features.Staff;
using Casavi.GraphQL.Kernel.Fields;

namespace Casavi.GraphQL.Features.Tickets;

/// <summary>Adds <c>StaffMember.assignedTickets</c>.</summary>
public sealed class StaffMemberAssignedTickets : ITypeExtension<StaffMemberGraphType>
{
    /// <summary>Tickets by staffMember: casavi's ticket list has no assignee filter, so the whole list is walked once and grouped.</summary>
    private static readonly TicketParent Parent = new(ticket => ticket.AssigneeId, null);

    public void Extend(StaffMemberGraphType type) =>
        type.AddTicketsField(
            Parent,
            "assignedTickets",
            "Tickets assigned to the staff member, in casavi's order. casavi cannot filter tickets by assignee, so the whole ticket list (per status) is walked once per request, shared by all staff members and the other ticket edges, and grouped by assignee.",
            member => member.Id);
}
