using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace Casavi.GraphQL.Kernel.Resources;

/// <summary>
/// Identifies a list with its filter values, for cursors (a cursor is refused on another list or
/// filter) and page-count hints: "tickets?status=Open". Computed from the typed filter, never typed by hand.
/// </summary>
public static class ListScope
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>"GET /v2/tickets/types" → "tickets/types".</summary>
    public static string NameOf(string endpoint)
    {
        var path = endpoint[(endpoint.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        return path.StartsWith("/v2/", StringComparison.Ordinal) ? path["/v2/".Length..] : path.TrimStart('/');
    }

    /// <summary>The list name followed by every filter property that has a value, in declaration order.</summary>
    public static string Of<TFilter>(string listName, TFilter filter)
    {
        if (filter is null) return listName;
        var values = Properties.GetOrAdd(typeof(TFilter), type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Select(property => (property.Name, Value: Format(property.GetValue(filter))))
            .Where(pair => pair.Value is not null)
            .Select(pair => $"{char.ToLowerInvariant(pair.Name[0])}{pair.Name[1..]}={pair.Value}")
            .ToList();
        return values.Count == 0 ? listName : $"{listName}?{string.Join('&', values)}";
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTimeOffset moment => moment.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
