using Casavi.GraphQL.Kernel.Relay;

namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>Checks of text inputs; each reports a <see cref="ValidationError"/> at the field it names.</summary>
public static class TextRules
{
    /// <summary>The longest title casavi accepts (posts, surveys).</summary>
    public const int MaxTitleLength = 255;

    /// <summary>A text that must contain something besides whitespace; false when it does not.</summary>
    public static bool Required(this InputValidator check, string? value, string field)
    {
        if (!string.IsNullOrWhiteSpace(value))
            return true;
        check.Fail(field, $"'{field}' is required and must not be blank.");
        return false;
    }

    public static void MaxLength(this InputValidator check, string? value, int max, string field)
    {
        if (value is not null && value.Length > max)
            check.Fail(field, $"'{field}' may have at most {max} characters; it has {value.Length}.");
    }

    /// <summary>A title: not blank and at most <see cref="MaxTitleLength"/> characters.</summary>
    public static void Title(this InputValidator check, string? value, string field)
    {
        if (check.Required(value, field))
            check.MaxLength(value, MaxTitleLength, field);
    }

    /// <summary>Every item of a list of texts must contain something besides whitespace.</summary>
    public static void NoBlankItems(this InputValidator check, IReadOnlyList<string?> values, string field)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(values[i]))
                check.Add(new ValidationError($"Item {i} of '{field}' is blank; remove it or fill it in.", check.PathOf(field, i)));
        }
    }

    /// <summary>A caller-chosen casavi reference ID (absent is fine) in the form <see cref="ReferenceIds"/> requires.</summary>
    public static void ReferenceId(this InputValidator check, string? value, string field)
    {
        if (value is not null && ReferenceIds.Problem(value) is { } problem)
            check.Fail(field, $"'{field}' {problem}.");
    }

    /// <summary>A reference ID the input must carry (e.g. of the entity to change): not blank, in the format of <see cref="ReferenceId"/>.</summary>
    public static void RequiredReferenceId(this InputValidator check, string? value, string field)
    {
        if (check.Required(value, field))
            check.ReferenceId(value, field);
    }
}
