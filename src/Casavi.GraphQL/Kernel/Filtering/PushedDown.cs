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
    public TValue? Equal<TValue>(string field, TValue? current) => Take(field, current, operations => operations);

    /// <summary>
    /// The one value the list field <paramref name="field"/> must hold among its entries (<c>some: { eq: … }</c>),
    /// or <paramref name="current"/> when the filter names none.
    /// </summary>
    public TValue? Some<TValue>(string field, TValue? current) =>
        Take(field, current, operations => operations.TryGetValue("some", out var entry) ? entry as IDictionary<string, object?> : null);

    private TValue? Take<TValue>(string field, TValue? current, Func<IDictionary<string, object?>, IDictionary<string, object?>?> conditions)
    {
        if (current is not null || where?.TryGetValue(field, out var operand) != true || operand is not IDictionary<string, object?> operations
            || conditions(operations) is not { } value)
            return current;
        var single = OneValue<TValue>(value);
        if (single is not null)
            fields.Add(field);
        return single ?? current;
    }

    private static TValue? OneValue<TValue>(IDictionary<string, object?> operations) =>
        operations.TryGetValue("eq", out var equal) && equal is TValue single ? single
        : operations.TryGetValue("in", out var among) && among is IEnumerable<object?> list && list.ToList() is [TValue only] ? only
        : default;
}
