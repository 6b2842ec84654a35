using System.Globalization;

namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>
/// Collects every problem with a mutation input (not only the first) as <see cref="ValidationError"/>s
/// whose paths point into the arguments, e.g. ["input", "units", "3", "name"]. Scopes made with
/// <see cref="At(string, int?)"/> share one error list, so nested checks report together. The checks
/// themselves are in <see cref="TextRules"/> and <see cref="ValueRules"/>.
/// </summary>
public sealed class InputValidator
{
    private readonly List<UserError> errors;
    private readonly IReadOnlyList<string> prefix;

    public InputValidator()
        : this([], [MutationInput.Argument])
    {
    }

    private InputValidator(List<UserError> errors, IReadOnlyList<string> prefix)
    {
        this.errors = errors;
        this.prefix = prefix;
    }

    public IReadOnlyList<UserError> Errors => errors;

    /// <summary>The path of this scope, e.g. ["input"] or ["input", "units", "3"].</summary>
    public IReadOnlyList<string> Path => prefix;

    public bool HasErrors => errors.Count > 0;

    /// <summary>A scope for a nested field or list item, e.g. <c>At("units", 3)</c>.</summary>
    public InputValidator At(string field, int? index = null) =>
        new(errors, index is { } i ? [.. prefix, field, i.ToString(CultureInfo.InvariantCulture)] : [.. prefix, field]);

    /// <summary>The path of <paramref name="field"/> in this scope (for errors made elsewhere, e.g. NotFoundError).</summary>
    public IReadOnlyList<string> PathOf(string field, int? index = null) => At(field, index).prefix;

    public void Add(UserError error) => errors.Add(error);

    public void Fail(string field, string message) => errors.Add(new ValidationError(message, PathOf(field)));

    /// <summary>A problem with the value of this scope as a whole (e.g. the whole input).</summary>
    public void FailHere(string message) => errors.Add(new ValidationError(message, prefix));
}
