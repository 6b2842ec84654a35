using Casavi.GraphQL.Kernel.Mutations;
using Casavi.GraphQL.Kernel.Fields;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Surveys;

public sealed class TicketSurveyMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.MutationField<CreateTicketSurveyInputGraphType, CreateTicketSurveyPayloadGraphType>("createTicketSurvey")
            .Description("Attaches a survey to a ticket. The input is checked before casavi is asked (ValidationError); a missing ticket or contact "
                + "comes back as NotFoundError, a survey ID that is taken as ConflictError. Never retried automatically: it is a POST.")
            .ResolveAsync(async context => await CreateTicketSurveyCommand.RunAsync(context, context.GetInput<CreateTicketSurveyInput>()));
}
