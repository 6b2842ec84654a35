using System.Reflection;
using System.Runtime.Serialization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Casavi.Contract;

/// <summary>
/// Reads enums case-insensitively from their wire names (<see cref="EnumMemberAttribute"/>) and
/// maps values casavi may add later to the member named <c>Unknown</c>, so a new value never
/// breaks a whole response. Writes the wire name.
/// </summary>
public sealed class TolerantEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(TolerantEnumConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class TolerantEnumConverter<TEnum> : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        private readonly Dictionary<string, TEnum> byWireName = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<TEnum, string> wireNames = [];
        private readonly TEnum unknown;

        public TolerantEnumConverter()
        {
            foreach (var field in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var value = (TEnum)field.GetValue(null)!;
                var wireName = field.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? field.Name;
                byWireName[wireName] = value;
                byWireName[field.Name] = value;
                wireNames[value] = wireName;
            }

            // Enums without an Unknown member fall back to their default value.
            unknown = Enum.TryParse("Unknown", out TEnum fallback) ? fallback : default;
        }

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            return text is not null && byWireName.TryGetValue(text, out var value) ? value : unknown;
        }

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(wireNames.TryGetValue(value, out var name) ? name : value.ToString());
    }
}
