using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Filtering;

namespace Casavi.GraphQL.Features.Checklists;

/// <summary>What lists of ticket checklists can be filtered and sorted by.</summary>
public sealed class TicketChecklistFields : QueryableFields<TicketChecklist>
{
    public TicketChecklistFields()
        : base("TicketChecklist", checklist => checklist.Id)
    {
        Text("referenceId", checklist => checklist.Id, "casavi ID of the checklist.");
        Text("title", checklist => checklist.Title, "Title of the checklist.");
        Text("ticketId", checklist => checklist.TicketId, "casavi reference ID of the checklist's ticket.");
        Items<ChecklistItem>("items", checklist => checklist.Items, "The checklist's items, e.g. `{ some: { checked: { eq: false } } }` for checklists with open items.");
    }
}
