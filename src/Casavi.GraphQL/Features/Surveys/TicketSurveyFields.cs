using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Filtering;

namespace Casavi.GraphQL.Features.Surveys;

/// <summary>What lists of ticket surveys can be filtered and sorted by.</summary>
public sealed class TicketSurveyFields : QueryableFields<TicketSurvey>
{
    public TicketSurveyFields()
        // A survey's ID is unique only within its ticket.
        : base("TicketSurvey", survey => SurveyNodeKey.Encode(survey.TicketId ?? "", survey.Id))
    {
        Text("referenceId", survey => survey.Id, "casavi ID of the survey, unique within its ticket.");
        Text("title", survey => survey.Title, "Survey title.");
        Text("text", survey => survey.Text, "Survey text shown in addition to the title.");
        Text("ticketId", survey => survey.TicketId, "casavi reference ID of the survey's ticket.");
        Text("assignedToId", survey => survey.AssignedToId, "casavi reference ID of the contact the survey is assigned to.");
    }
}
