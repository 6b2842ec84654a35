using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Mutations;

namespace Casavi.GraphQL.Features.Surveys;

public sealed record CreateTicketSurveyPayload(TicketSurvey? Survey, IReadOnlyList<UserError> Errors) : MutationPayload(Errors)
{
    public static CreateTicketSurveyPayload Failed(IReadOnlyList<UserError> errors) => new(null, errors);
}
