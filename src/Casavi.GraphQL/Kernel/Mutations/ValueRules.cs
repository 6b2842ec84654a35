using System.Globalization;
using System.Text.Json;
using Casavi.Contract;

namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>Checks of lists, dates and request size; each reports a <see cref="ValidationError"/> where the problem is.</summary>
public static class ValueRules
{
    /// <summary>A list that must have at least one item; false when it has none.</summary>
    public static bool NotEmpty<T>(this InputValidator check, IReadOnlyCollection<T>? values, string field)
    {
        if (values is { Count: > 0 })
            return true;
        check.Fail(field, $"'{field}' needs at least one item.");
        return false;
    }

    /// <summary>
    /// Reports every repeated value at its own index (and <paramref name="itemField"/> inside it, for
    /// lists of objects keyed by a field), naming the index it repeats.
    /// </summary>
    public static void Unique<T>(this InputValidator check, IReadOnlyList<T> values, string field, IEqualityComparer<T>? comparer = null, string? itemField = null)
        where T : notnull
    {
        var firstIndex = new Dictionary<T, int>(comparer ?? EqualityComparer<T>.Default);
        for (var i = 0; i < values.Count; i++)
        {
            if (firstIndex.TryAdd(values[i], i))
                continue;
            IReadOnlyList<string> path = itemField is null ? check.PathOf(field, i) : [.. check.PathOf(field, i), itemField];
            check.Add(new ValidationError($"'{values[i]}' appears more than once in '{field}' (first at index {firstIndex[values[i]]}); each value may appear once.", path));
        }
    }

    public static void NotBefore(this InputValidator check, DateTimeOffset? later, DateTimeOffset earlier, string laterField, string earlierField)
    {
        if (later is { } value && value < earlier)
            check.Fail(laterField, $"'{laterField}' ({Format(value)}) must not be before '{earlierField}' ({Format(earlier)}).");
    }

    /// <summary>The JSON body casavi would receive (same serializer settings as the client) must fit in <paramref name="maxBytes"/>.</summary>
    public static void MaxBodySize<TBody>(this InputValidator check, TBody body, long maxBytes, string what)
    {
        var size = JsonSerializer.SerializeToUtf8Bytes(body, CasaviJson.Options).LongLength;
        if (size > maxBytes)
            check.FailHere($"The {what} would be sent to casavi as {size} bytes of JSON; casavi accepts at most {maxBytes}. Split it into smaller parts.");
    }

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
