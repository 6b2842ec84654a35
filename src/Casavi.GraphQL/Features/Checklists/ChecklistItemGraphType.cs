using Casavi.Contract.Tickets;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Checklists;

public sealed class ChecklistItemGraphType : ObjectGraphType<ChecklistItem>
{
    public ChecklistItemGraphType()
    {
        Name = "ChecklistItem";
        Description = "One item of a ticket checklist.";

        Field("referenceId", item => item.Id).Description("casavi ID of the item (e.g. CL-01-1).");
        Field(item => item.Title).Description("What is to be done or checked.");
        Field(item => item.Checked).Description("Whether the item is checked off.");
    }
}
