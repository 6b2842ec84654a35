namespace Casavi.GraphQL.Kernel.Filtering;

/// <summary>
/// Reads, from the top level of a <c>where</c>, the conditions a casavi list parameter can take over:
/// one value a field must equal (<c>eq</c>, or <c>in</c> with one value). The gateway still checks every
/// condition on what casavi answers, so a parameter casavi ignores costs requests, never wrong items.
/// </summary>
public sealed class PushedDown(IDictionary<string, object?>? where)
{
    private readonly List<string> fields = [];

    /// <summary>The fields handed to casavi, for <c>extensions.casavi.filtering</c>.</summary>
    public IReadOnlyList<string> Fields => fields;

    /// <summary>The one value <paramref name="field"/> must have, or <paramref name="current"/> when the filter names none.</summary>
    public TValue? Equal<TValue>(string field, TValue? current)
    {
        if (current is not null || where?.TryGetValue(field, out var operand) != true || operand is not IDictionary<string, object?> operations)
            return current;
        var value = operations.TryGetValue("eq", out var equal) && equal is TValue single ? single
            : operations.TryGetValue("in", out var among) && among is IEnumerable<object?> list && list.ToList() is [TValue only] ? only
            : current;
        if (value is not null)
            fields.Add(field);
        return value;
    }
}
