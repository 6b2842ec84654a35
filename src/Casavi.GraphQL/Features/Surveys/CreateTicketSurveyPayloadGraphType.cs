using Casavi.GraphQL.Kernel.Mutations;

namespace Casavi.GraphQL.Features.Surveys;

public sealed class CreateTicketSurveyPayloadGraphType : PayloadGraphType<CreateTicketSurveyPayload>
{
    public CreateTicketSurveyPayloadGraphType()
        : base("CreateTicketSurveyPayload", "The result of `createTicketSurvey`: the new survey, or the errors that prevented it.")
    {
        Field<TicketSurveyGraphType>("survey")
            .Description("The survey as casavi stored it; null when `errors` is not empty.")
            .Resolve(context => context.Source.Survey);
    }
}
