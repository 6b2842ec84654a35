using Casavi.Client.Api;
using Casavi.Client.Errors;
using Casavi.Contract.MasterData;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Features.Contacts;
using Casavi.GraphQL.Features.Tickets;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Mutations;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL;

namespace Casavi.GraphQL.Features.Surveys;

/// <summary>
/// Creates a ticket survey: validates without casavi, looks up the ticket and the contact (in
/// parallel, one wave) so a missing one is reported precisely, then POSTs once. Never retried: the
/// client does not repeat POSTs, and a lost answer is reported rather than guessed.
/// </summary>
public static class CreateTicketSurveyCommand
{
    public static async Task<CreateTicketSurveyPayload> RunAsync(IResolveFieldContext context, CreateTicketSurveyInput input)
    {
        var invalid = CreateTicketSurveyValidation.Validate(input);
        if (invalid.Count > 0)
            return CreateTicketSurveyPayload.Failed(invalid);

        var missing = await FindMissingAsync(context, input);
        if (missing.Count > 0)
            return CreateTicketSurveyPayload.Failed(missing);

        try
        {
            var created = await context.Service<ITicketsApi>().CreateSurveyAsync(input.TicketId, input.ToCasavi(), context.CancellationToken);
            return new CreateTicketSurveyPayload(Completed(created, input), []);
        }
        catch (CasaviInvalidInputException conflict) when (conflict.StatusCode == 409)
        {
            return CreateTicketSurveyPayload.Failed([new ConflictError($"A survey with ID '{input.Id}' already exists; choose another ID.", PathOf("id"))]);
        }
        catch (CasaviApiException refused) when (WriteErrors.ToUserError(refused, [MutationFieldExtensions.InputArgument], TicketTarget(input)) is { } error)
        {
            return CreateTicketSurveyPayload.Failed([error]);
        }
    }

    private static async Task<IReadOnlyList<UserError>> FindMissingAsync(IResolveFieldContext context, CreateTicketSurveyInput input)
    {
        var ticket = OrNullAsync(token => context.Service<ITicketsApi>().GetAsync(input.TicketId, token), context.CancellationToken);
        var contact = OrNullAsync(token => context.Service<IContactsApi>().GetAsync(input.AssignedToId, token), context.CancellationToken);
        await Task.WhenAll(ticket, contact);

        var missing = new List<UserError>();
        if (await ticket is { } foundTicket)
            context.Service<ResourceLoader<Ticket>>().Prime(foundTicket.Id, foundTicket);
        else
            missing.Add(TicketTarget(input).Missing());

        if (await contact is { } foundContact)
            context.Service<ResourceLoader<Contact>>().Prime(foundContact.Id, foundContact);
        else
            missing.Add(new WriteTarget("Contact", input.AssignedToId, PathOf("assignedToId")).Missing());
        return missing;
    }

    private static IReadOnlyList<string> PathOf(string field) => [MutationFieldExtensions.InputArgument, field];

    private static WriteTarget TicketTarget(CreateTicketSurveyInput input) => new("Ticket", input.TicketId, PathOf("ticketId"));

    /// <summary>casavi's documented 201 body carries only id, title and text; the rest is what casavi accepted from the input.</summary>
    private static TicketSurvey Completed(TicketSurvey created, CreateTicketSurveyInput input) => created with
    {
        TicketId = created.TicketId ?? input.TicketId,
        AssignedToId = created.AssignedToId ?? input.AssignedToId,
        Text = created.Text ?? input.Text,
        Choices = created.Choices.Count > 0 ? created.Choices : input.Choices,
    };

    private static async Task<T?> OrNullAsync<T>(Func<CancellationToken, Task<T>> get, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await get(cancellationToken);
        }
        catch (CasaviNotFoundException)
        {
            return null;
        }
    }
}
