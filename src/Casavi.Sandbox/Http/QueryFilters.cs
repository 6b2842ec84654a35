using System.Globalization;
using System.Text.Json;
using Casavi.Contract;

namespace Casavi.Sandbox.Http;

/// <summary>Parses the list filters; a value that does not parse answers 400 rather than being ignored.</summary>
internal static class QueryFilters
{
    public static string? Text(HttpRequest request, string name)
    {
        var values = request.Query[name];
        if (values.Count > 1)
            throw CasaviProblem.BadRequest($"Query parameter '{name}' may be given once");
        return string.IsNullOrEmpty(values.ToString()) ? null : values.ToString();
    }

    public static bool? Flag(HttpRequest request, string name)
    {
        var text = Text(request, name);
        if (text is null)
            return null;
        return bool.TryParse(text, out var value)
            ? value
            : throw CasaviProblem.BadRequest($"Query parameter '{name}' must be true or false");
    }

    /// <summary>ISO 8601; a time without offset is taken as UTC, as casavi's examples write it.</summary>
    public static DateTimeOffset? Instant(HttpRequest request, string name)
    {
        var text = Text(request, name);
        if (text is null)
            return null;
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var value)
            ? value
            : throw CasaviProblem.BadRequest($"Query parameter '{name}' must be an ISO 8601 date");
    }

    /// <summary>Parses an enum by its wire name, case-insensitively (the contract's own converter decides).</summary>
    public static TEnum? Choice<TEnum>(HttpRequest request, string name)
        where TEnum : struct, Enum
    {
        var text = Text(request, name);
        if (text is null)
            return null;
        var value = JsonSerializer.Deserialize<TEnum>(JsonSerializer.Serialize(text), CasaviJson.Options);
        return !EqualityComparer<TEnum>.Default.Equals(value, default)
            ? value
            : throw CasaviProblem.BadRequest($"Query parameter '{name}' has an unknown value '{text}'");
    }
}
