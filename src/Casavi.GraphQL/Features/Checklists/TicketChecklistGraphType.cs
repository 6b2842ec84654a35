using Casavi.Contract.Tickets;
using Casavi.GraphQL.Features.Tickets;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Filtering;
using Casavi.GraphQL.Kernel.Relay;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Checklists;

public sealed class TicketChecklistGraphType : ObjectGraphType<TicketChecklist>
{
    public TicketChecklistGraphType(IEnumerable<ITypeExtension<TicketChecklistGraphType>> extensions)
    {
        Name = "TicketChecklist";
        Description = "A checklist attached to a ticket (e.g. Übergabe).";
        this.IsNode(checklist => checklist.Id);

        Field("referenceId", checklist => checklist.Id).Description("casavi ID of the checklist (e.g. CL-01).");
        Field(checklist => checklist.Title).Description("Title of the checklist.");
        Field(checklist => checklist.TicketId).Description("casavi reference ID of the checklist's ticket (use `ticket` for the ticket itself).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChecklistItemGraphType>>>>("items")
            .Description("The checklist's items, in casavi's order.")
            .ResolveQueryableList<TicketChecklist, ChecklistItem>(context => context.Source.Items);
        this.ReferenceField<TicketChecklist, TicketGraphType, Ticket>("ticket", checklist => checklist.TicketId)
            .Description("The ticket the checklist belongs to.");

        this.ApplyExtensions(extensions);
    }
}
