using Casavi.Sandbox.Data;

namespace Casavi.GraphQL.Tests.Tickets;

/// <summary>Inputs for <c>createTicketSurvey</c> built from the sandbox's data, with a survey ID no test used before.</summary>
public static class SurveyInputs
{
    public const string Mutation = """
        mutation ($input: CreateTicketSurveyInput!) {
          createTicketSurvey(input: $input) {
            survey { id referenceId title text choices { value label } assignedTo { referenceId } ticket { referenceId } }
            errors { __typename message path ... on NotFoundError { entityType referenceId } }
          }
        }
        """;

    public static Dictionary<string, object?> Valid(SandboxData data)
    {
        var ticket = data.Tickets.All()[^1];
        var contact = data.Contacts.All()[0];
        return new Dictionary<string, object?>
        {
            ["ticketId"] = ticket.Id,
            ["id"] = $"gw-test-{Guid.NewGuid():N}",
            ["assignedToId"] = contact.Id,
            ["title"] = "Termin für die Heizungsreparatur",
            ["text"] = "Wann passt es Ihnen?",
            ["choices"] = new[] { Choice(1, "Vormittag"), Choice(2, "Nachmittag") },
        };
    }

    public static Dictionary<string, object?> With(this Dictionary<string, object?> input, string field, object? value) =>
        new(input) { [field] = value };

    public static Dictionary<string, object?> Choice(int value, string label) => new() { ["value"] = value, ["label"] = label };
}
