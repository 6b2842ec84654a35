using Casavi.Contract.Tickets;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Surveys;

public sealed class SurveyChoiceGraphType : ObjectGraphType<SurveyChoice>
{
    public SurveyChoiceGraphType()
    {
        Name = "SurveyChoice";
        Description = "A possible answer of a ticket survey.";
        Field(choice => choice.Value).Description("Value of the choice, unique within the survey.");
        Field(choice => choice.Label).Description("Label of the choice as shown to the contact, unique within the survey.");
    }
}
