using Casavi.GraphQL.Kernel.Mutations;
using Casavi.GraphQL.Kernel.Relay;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Surveys;

public sealed class CreateTicketSurveyInputGraphType : InputObjectGraphType<CreateTicketSurveyInput>
{
    public CreateTicketSurveyInputGraphType()
    {
        Name = "CreateTicketSurveyInput";
        Description = "A new survey for a ticket: a question with at least two choices, assigned to a contact.";
        Field<NonNullGraphType<StringGraphType>>("ticketId").Description("casavi reference ID of the ticket to attach the survey to.");
        Field<NonNullGraphType<StringGraphType>>("id").Description($"Your ID for the survey (at most {ReferenceIds.MaxLength} characters); casavi refuses an ID that is already taken.");
        Field<NonNullGraphType<StringGraphType>>("assignedToId").Description("casavi reference ID of the contact who is to answer the survey.");
        Field<NonNullGraphType<StringGraphType>>("title").Description($"Survey title: not blank, at most {TextRules.MaxTitleLength} characters.");
        Field<StringGraphType>("text").Description("Text shown in addition to the title.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveyChoiceInputGraphType>>>>("choices")
            .Description("The possible answers: at least two, with unique values and unique, non-blank labels (compared ignoring case).");
    }
}
