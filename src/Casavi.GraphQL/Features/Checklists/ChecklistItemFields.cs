using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Filtering;

namespace Casavi.GraphQL.Features.Checklists;

/// <summary>What a checklist's items can be filtered and sorted by, in <c>TicketChecklist.items</c> and inside a checklist filter (<c>items: { some: … }</c>).</summary>
public sealed class ChecklistItemFields : QueryableFields<ChecklistItem>
{
    public ChecklistItemFields()
        : base("ChecklistItem", item => item.Id)
    {
        Text("referenceId", item => item.Id, "casavi ID of the item.");
        Text("title", item => item.Title, "What is to be done or checked.");
        YesNo("checked", item => item.Checked, "Whether the item is checked off.");
    }
}
