using Casavi.GraphQL.Kernel.Mutations;
using Casavi.GraphQL.Kernel.Relay;

namespace Casavi.GraphQL.Features.Surveys;

/// <summary>Everything about a new survey that can be checked without casavi, so a bad input costs no request.</summary>
internal static class CreateTicketSurveyValidation
{
    public const int MinChoices = 2;

    public static void Validate(InputValidator check, CreateTicketSurveyInput input)
    {
        check.Required(input.TicketId, "ticketId");
        if (check.Required(input.Id, "id"))
            check.MaxLength(input.Id, ReferenceIds.MaxLength, "id");
        check.Required(input.AssignedToId, "assignedToId");
        check.Title(input.Title, "title");
        ValidateChoices(check, input);
    }

    private static void ValidateChoices(InputValidator check, CreateTicketSurveyInput input)
    {
        if (input.Choices.Count < MinChoices)
            check.Fail("choices", $"A survey needs at least {MinChoices} choices; it has {input.Choices.Count}.");

        var values = new Dictionary<int, int>();
        var labels = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < input.Choices.Count; i++)
        {
            var choice = check.At("choices", i);
            if (!values.TryAdd(input.Choices[i].Value, i))
                choice.Fail("value", $"The value {input.Choices[i].Value} is already used by choice {values[input.Choices[i].Value]}; values must be unique.");
            if (choice.Required(input.Choices[i].Label, "label") && !labels.TryAdd(input.Choices[i].Label.Trim(), i))
                choice.Fail("label", $"The label '{input.Choices[i].Label}' is already used by choice {labels[input.Choices[i].Label.Trim()]} (ignoring case); labels must be unique.");
        }
    }
}
