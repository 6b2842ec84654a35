using System.Text.Json;
using System.Text.Json.Serialization;

namespace Casavi.Contract;

/// <summary>The JSON conventions of the casavi API: camelCase, enums as strings, nulls omitted.</summary>
public static class CasaviJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new TolerantEnumConverterFactory());
        return options;
    }
}
