using Casavi.Contract.Tickets;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Surveys;

public sealed class SurveyChoiceInputGraphType : InputObjectGraphType<SurveyChoice>
{
    public SurveyChoiceInputGraphType()
    {
        Name = "SurveyChoiceInput";
        Description = "A possible answer of a new ticket survey.";
        Field<NonNullGraphType<IntGraphType>>("value").Description("Value of the choice, unique within the survey.");
        Field<NonNullGraphType<StringGraphType>>("label").Description("Label shown to the contact: not blank, unique within the survey (ignoring case).");
    }
}
