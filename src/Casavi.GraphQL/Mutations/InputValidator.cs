using System.Globalization;
using System.Text.Json;
using Casavi.Contract;

namespace Casavi.GraphQL.Mutations;

/// <summary>
/// Collects every problem with a mutation input (not only the first) as <see cref="ValidationError"/>s
/// whose paths point into the arguments, e.g. ["input", "units", "3", "name"]. Scopes made with
/// <see cref="At(string, int?)"/> share one error list, so nested checks report together.
/// </summary>
public sealed class InputValidator
{
    private readonly List<UserError> errors;
    private readonly IReadOnlyList<string> prefix;

    public InputValidator()
        : this([], [MutationFieldExtensions.InputArgument])
    {
    }

    private InputValidator(List<UserError> errors, IReadOnlyList<string> prefix)
    {
        this.errors = errors;
        this.prefix = prefix;
    }

    public IReadOnlyList<UserError> Errors => errors;

    public bool HasErrors => errors.Count > 0;

    /// <summary>A scope for a nested field or list item, e.g. <c>At("units", 3)</c>.</summary>
    public InputValidator At(string field, int? index = null) =>
        new(errors, index is { } i ? [.. prefix, field, i.ToString(CultureInfo.InvariantCulture)] : [.. prefix, field]);

    /// <summary>The path of <paramref name="field"/> in this scope (for errors made elsewhere, e.g. NotFoundError).</summary>
    public IReadOnlyList<string> PathOf(string field, int? index = null) => At(field, index).prefix;

    public void Add(UserError error) => errors.Add(error);

    public void Fail(string field, string message) => errors.Add(new ValidationError(message, PathOf(field)));

    /// <summary>A text that must contain something besides whitespace.</summary>
    public bool Required(string? value, string field)
    {
        if (!string.IsNullOrWhiteSpace(value))
            return true;
        Fail(field, $"'{field}' is required and must not be blank.");
        return false;
    }

    /// <summary>A list that must have at least one item.</summary>
    public bool NotEmpty<T>(IReadOnlyCollection<T>? values, string field)
    {
        if (values is { Count: > 0 })
            return true;
        Fail(field, $"'{field}' needs at least one item.");
        return false;
    }

    public void MaxLength(string? value, int max, string field)
    {
        if (value is not null && value.Length > max)
            Fail(field, $"'{field}' may have at most {max} characters; it has {value.Length}.");
    }

    /// <summary>Reports every repeated value at its own index, naming the index it repeats.</summary>
    public void Unique<T>(IReadOnlyList<T> values, string field, IEqualityComparer<T>? comparer = null)
    {
        var firstIndex = new Dictionary<T, int>(comparer ?? EqualityComparer<T>.Default);
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } value)
                continue;
            if (!firstIndex.TryAdd(value, i))
                errors.Add(new ValidationError($"'{value}' appears more than once in '{field}' (first at index {firstIndex[value]}); each value may appear once.", PathOf(field, i)));
        }
    }

    public void NotBefore(DateTimeOffset? later, DateTimeOffset earlier, string laterField, string earlierField)
    {
        if (later is { } value && value < earlier)
            Fail(laterField, $"'{laterField}' ({Format(value)}) must not be before '{earlierField}' ({Format(earlier)}).");
    }

    /// <summary>
    /// A caller-chosen casavi reference ID: 1–255 characters without whitespace at either end and
    /// without '/', because casavi addresses the entity by it in URL paths (GET /v2/posts/{id}).
    /// </summary>
    public void ReferenceId(string? value, string field)
    {
        if (value is null)
            return;
        if (value.Length is 0 or > 255)
            Fail(field, $"'{field}' must be 1 to 255 characters long; it has {value.Length}.");
        else if (value.Trim().Length != value.Length)
            Fail(field, $"'{field}' must not start or end with whitespace.");
        else if (value.Contains('/', StringComparison.Ordinal))
            Fail(field, $"'{field}' must not contain '/': casavi uses it in URL paths.");
    }

    /// <summary>The JSON body casavi would receive (same serializer settings as the client) must fit in <paramref name="maxBytes"/>.</summary>
    public void MaxBodySize<TBody>(TBody body, long maxBytes, string what)
    {
        var size = JsonSerializer.SerializeToUtf8Bytes(body, CasaviJson.Options).LongLength;
        if (size > maxBytes)
            errors.Add(new ValidationError($"The {what} would be sent as {size:N0} bytes of JSON; casavi accepts at most {maxBytes:N0}. Split it into smaller parts.", prefix));
    }

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
