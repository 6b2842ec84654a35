using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Features.Contacts;
using Casavi.GraphQL.Features.Tickets;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Mutations;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Surveys;

public sealed class TicketSurveyMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<CreateTicketSurveyInputGraphType, CreateTicketSurveyInput>(
                "createTicketSurvey",
                "Attaches a survey to a ticket. The input is checked before casavi is asked (ValidationError); a missing ticket or contact "
                + "comes back as NotFoundError, a survey ID that is taken as ConflictError. Never retried automatically: it is a POST.")
            .Validate(CreateTicketSurveyValidation.Validate)
            .References(TicketResource.Kind, "ticketId", input => input.TicketId)
            .References(ContactResource.Kind, "assignedToId", input => input.AssignedToId)
            .ChoosesId("Survey", "id", input => input.Id)
            .Addresses(TicketResource.Kind.Name, "ticketId", input => input.TicketId)
            // casavi offers no read of one survey, so a lost answer cannot be checked here.
            .WriteOnce<ITicketsApi, TicketSurvey>(
                (tickets, input, token) => input.CompleteAsync(tickets.CreateSurveyAsync(input.TicketId, input.ToCasavi(), token)),
                "Look for the survey's ID in the ticket's `surveys` before trying again.")
            .ReturnsNode<TicketSurveyGraphType>("survey", "The survey as casavi stored it", "The result of `createTicketSurvey`: the new survey, or the errors that prevented it.");
}
