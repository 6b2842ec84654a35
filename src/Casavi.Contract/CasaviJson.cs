using System.Text.Json;
using System.Text.Json.Serialization;

namespace Casavi.Contract;

/// <summary>
/// The JSON conventions of the casavi API: camelCase, enums as strings, nulls omitted. Reading is
/// tolerant where casavi's types may differ from the contract's: a number where a string is expected
/// (ids), a string where a number is expected, an enum value added later.
/// </summary>
public static class CasaviJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Stated, not left to the Web defaults: "41251" for an internalId must not fail the page.
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
        };
        options.Converters.Add(new TolerantEnumConverterFactory());
        options.Converters.Add(new TolerantStringConverter());
        return options;
    }
}
