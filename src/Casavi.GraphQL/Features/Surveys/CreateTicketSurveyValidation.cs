using Casavi.GraphQL.Kernel.Mutations;

namespace Casavi.GraphQL.Features.Surveys;

/// <summary>Everything about a new survey that can be checked without casavi, so a bad input costs no request.</summary>
public static class CreateTicketSurveyValidation
{
    public const int MaxTitleLength = 255;
    public const int MaxIdLength = 255;
    public const int MinChoices = 2;

    public static IReadOnlyList<UserError> Validate(CreateTicketSurveyInput input)
    {
        var validator = new InputValidator();
        validator.Required(input.TicketId, "ticketId");
        if (validator.Required(input.Id, "id"))
            validator.MaxLength(input.Id, MaxIdLength, "id");
        validator.Required(input.AssignedToId, "assignedToId");
        if (validator.Required(input.Title, "title"))
            validator.MaxLength(input.Title, MaxTitleLength, "title");
        ValidateChoices(input, validator);
        return validator.Errors;
    }

    private static void ValidateChoices(CreateTicketSurveyInput input, InputValidator validator)
    {
        if (input.Choices.Count < MinChoices)
            validator.Fail("choices", $"A survey needs at least {MinChoices} choices; it has {input.Choices.Count}.");

        var values = new Dictionary<int, int>();
        var labels = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < input.Choices.Count; i++)
        {
            var choice = validator.At("choices", i);
            if (!values.TryAdd(input.Choices[i].Value, i))
                choice.Fail("value", $"The value {input.Choices[i].Value} is already used by choice {values[input.Choices[i].Value]}; values must be unique.");
            if (choice.Required(input.Choices[i].Label, "label") && !labels.TryAdd(input.Choices[i].Label.Trim(), i))
                choice.Fail("label", $"The label '{input.Choices[i].Label}' is already used by choice {labels[input.Choices[i].Label.Trim()]} (ignoring case); labels must be unique.");
        }
    }
}
