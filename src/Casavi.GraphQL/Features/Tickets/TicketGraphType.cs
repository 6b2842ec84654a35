using Casavi.Client.Api;
using Casavi.Contract.MasterData;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Features.Checklists;
using Casavi.GraphQL.Features.Contacts;
using Casavi.GraphQL.Features.Orders;
using Casavi.GraphQL.Features.Properties;
using Casavi.GraphQL.Features.Staff;
using Casavi.GraphQL.Features.Surveys;
using Casavi.GraphQL.Features.TicketTypes;
using Casavi.GraphQL.Features.Units;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Filtering;
using Casavi.GraphQL.Kernel.Relay;
using Casavi.GraphQL.Kernel.Resources;
using Casavi.GraphQL.Kernel.Scalars;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Tickets;

public sealed class TicketGraphType : ObjectGraphType<Ticket>
{
    public TicketGraphType(IEnumerable<ITypeExtension<TicketGraphType>> extensions)
    {
        Name = "Ticket";
        Description = "A ticket: a request or damage report handled by the property management.";
        this.IsNode(ticket => ticket.Id);

        Field("referenceId", ticket => ticket.Id).Description("casavi reference ID of the ticket.");
        Field(ticket => ticket.InternalId).Description("casavi's internal database id.");
        Field(ticket => ticket.Title).Description("Short title of the ticket (e.g. Heizung defekt).");
        Field(ticket => ticket.Description, nullable: true).Description("What was reported, in the reporter's words.");
        Field<NonNullGraphType<TicketStatusGraphType>>("status").Description("Processing state of the ticket.").Resolve(context => context.Source.Status);
        Field<NonNullGraphType<TicketPriorityGraphType>>("priority").Description("Priority of the ticket.").Resolve(context => context.Source.Priority);
        Field(ticket => ticket.CreatedAt).Description("When the ticket was created.");
        Field(ticket => ticket.UpdatedAt, nullable: true).Description("When the ticket was last updated.");
        Field<UrlScalar>("appLink").Description("Link to the ticket in the casavi web app.").Resolve(context => context.Source.AppLink);
        Field(ticket => ticket.PropertyId, nullable: true).Description("casavi reference ID of the ticket's property (use `property` for the property itself).");
        Field(ticket => ticket.UnitId, nullable: true).Description("casavi reference ID of the ticket's unit.");
        Field(ticket => ticket.ContactId, nullable: true).Description("casavi reference ID of the contact who reported the ticket (use `reporter` for the contact itself).");
        Field(ticket => ticket.AssigneeId, nullable: true).Description("casavi reference ID of the staff member the ticket is assigned to.");
        Field(ticket => ticket.TypeId, nullable: true).Description("casavi ID of the ticket type.");

        this.ReferenceField<Ticket, PropertyGraphType, Property>("property", ticket => ticket.PropertyId)
            .Description("The property the ticket concerns (batched with every other ticket's property).");
        this.ReferenceField<Ticket, UnitGraphType, Unit>("unit", ticket => ticket.UnitId)
            .Description("The unit the ticket concerns, if it concerns one.");
        this.ReferenceField<Ticket, ContactGraphType, Contact>("reporter", ticket => ticket.ContactId)
            .Description("The contact who reported the ticket.");
        this.ReferenceField<Ticket, StaffMemberGraphType, StaffMember>("assignee", ticket => ticket.AssigneeId)
            .Description("The staff member the ticket is assigned to (casavi lists staff but serves no member by id: one walk of the staff list per request).");
        this.ReferenceField<Ticket, TicketTypeGraphType, TicketType>("type", ticket => ticket.TypeId)
            .Description("The ticket's category.");
        Field<ListGraphType<NonNullGraphType<OrderGraphType>>>("orders")
            .ReachesResource<Ticket, object, Order>()
            .Description("Work orders placed for the ticket. casavi offers orders only as one list: it is walked once per request and grouped by ticket.")
            .ResolveQueryableList<Ticket, Order>(context => context.Service<OrdersByTicketLoader>().LoadAsync(context.Source.Id));
        Field<ListGraphType<NonNullGraphType<TicketSurveyGraphType>>>("surveys")
            .Reaches<Ticket, object, ITicketsApi>(nameof(ITicketsApi.ListSurveysAsync))
            .Description("Surveys attached to the ticket. casavi serves them per ticket only: one request per ticket, all in parallel.")
            .ResolveQueryableList<Ticket, TicketSurvey>(context => context.Service<SurveysByTicketLoader>().LoadAsync(context.Source.Id));
        Field<ListGraphType<NonNullGraphType<TicketChecklistGraphType>>>("checklists")
            .ReachesResource<Ticket, object, TicketChecklist>()
            .Description("Checklists attached to the ticket. casavi offers checklists only as one list: it is walked once per request and grouped by ticket.")
            .ResolveQueryableList<Ticket, TicketChecklist>(context => context.Service<ChecklistsByTicketLoader>().LoadAsync(context.Source.Id));

        this.ApplyExtensions(extensions);
    }
}
