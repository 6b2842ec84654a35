using Casavi.Contract.MasterData;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Features.Contacts;
using Casavi.GraphQL.Features.Tickets;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Relay;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Surveys;

public sealed class TicketSurveyGraphType : ObjectGraphType<TicketSurvey>
{
    public TicketSurveyGraphType(IEnumerable<ITypeExtension<TicketSurveyGraphType>> extensions)
    {
        Name = "TicketSurvey";
        Description = "A survey (a question with choices) attached to a ticket and assigned to a contact.";
        this.IsNode(survey => SurveyNodeKey.Encode(survey.TicketId ?? "", survey.Id));

        Field("referenceId", survey => survey.Id).Description("casavi ID of the survey, unique within its ticket (e.g. 1).");
        Field(survey => survey.Title).Description("Survey title.");
        Field(survey => survey.Text, nullable: true).Description("Survey text shown in addition to the title.");
        Field(survey => survey.TicketId, nullable: true).Description("casavi reference ID of the survey's ticket (use `ticket` for the ticket itself).");
        Field(survey => survey.AssignedToId, nullable: true).Description("casavi reference ID of the contact the survey is assigned to.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveyChoiceGraphType>>>>("choices")
            .Description("The possible answers, in casavi's order.")
            .Resolve(context => context.Source.Choices);
        this.ReferenceField<TicketSurvey, ContactGraphType, Contact>("assignedTo", survey => survey.AssignedToId)
            .Description("The contact the survey is assigned to.");
        this.ReferenceField<TicketSurvey, TicketGraphType, Ticket>("ticket", survey => survey.TicketId)
            .Description("The ticket the survey is attached to.");

        this.ApplyExtensions(extensions);
    }
}
