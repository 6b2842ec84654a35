using System.Globalization;
using System.Text.Json;

namespace Casavi.GraphQL.Tests.Filtering;

/// <summary>Expected results written as the gateway defines them, and reading what it answered.</summary>
internal static class GatewayOrder
{
    private static readonly CompareInfo Culture = CultureInfo.InvariantCulture.CompareInfo;

    /// <summary>Texts sorted as <c>order</c> sorts them: ignoring case, culture-aware, exact order on ties, missing ones last in both directions.</summary>
    public static IComparer<string?> Text(bool descending = false) => Comparer<string?>.Create((x, y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        var (a, b) => descending ? Ordered(b, a) : Ordered(a, b),
    });

    /// <summary>What <c>contains</c> matches: ignoring case, culture-aware.</summary>
    public static bool Contains(string? text, string term) => text is not null && Culture.IndexOf(text, term, CompareOptions.IgnoreCase) >= 0;

    /// <summary>The <c>referenceId</c> of each item of a list, or of each node of a connection.</summary>
    public static IEnumerable<string?> ReferenceIds(JsonElement listOrConnection) =>
        (listOrConnection.ValueKind == JsonValueKind.Array ? listOrConnection : listOrConnection.GetProperty("nodes"))
            .EnumerateArray().Select(item => item.GetProperty("referenceId").GetString()).ToList();

    /// <summary>The response's data, after asserting it has no errors.</summary>
    public static JsonElement Data(JsonElement body)
    {
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        return body.GetProperty("data");
    }

    /// <summary>The one <c>extensions.casavi.filtering</c> entry of a response.</summary>
    public static JsonElement SingleFilteredList(JsonElement body) =>
        Assert.Single(body.GetProperty("extensions").GetProperty("casavi").GetProperty("filtering").EnumerateArray());

    public static List<string?> PushedDown(JsonElement filteredList) =>
        [.. filteredList.GetProperty("pushedDown").EnumerateArray().Select(field => field.GetString())];

    private static int Ordered(string a, string b) => Culture.Compare(a, b, CompareOptions.IgnoreCase) is var byCulture and not 0 ? byCulture : string.CompareOrdinal(a, b);
}
