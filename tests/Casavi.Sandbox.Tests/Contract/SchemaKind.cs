using System.Text.Json;
using System.Text.Json.Nodes;

namespace Casavi.Sandbox.Tests.Contract;

/// <summary>A short description ("integer/int64", "array of $ref:Unit") of a CLR type or a schema, to compare them.</summary>
internal static class SchemaKind
{
    public static string Of(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return "string";
        if (type == typeof(DateTimeOffset)) return "string/date-time";
        if (type == typeof(long)) return "integer/int64";
        if (type == typeof(int)) return "integer/int32";
        if (type == typeof(double)) return "number/double";
        if (type == typeof(bool)) return "boolean";
        if (type == typeof(JsonElement)) return "any";
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
            return "array of " + Of(type.GetGenericArguments()[0]);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
            return "object";
        return "$ref:" + type.Name;
    }

    public static string Of(JsonObject schema)
    {
        var nonNull = NonNull(schema);
        if (nonNull["$ref"] is JsonValue reference)
            return "$ref:" + ((string)reference!).Split('/')[^1];
        var type = nonNull["type"] switch
        {
            JsonArray types => types.Select(t => (string?)t).Single(t => t != "null"),
            JsonValue single => (string?)single,
            _ => null,
        };
        return type switch
        {
            null => "any",
            "array" => "array of " + Of(nonNull["items"]!.AsObject()),
            _ when nonNull["format"] is JsonValue format => $"{type}/{format}",
            _ => type,
        };
    }

    /// <summary>Whether null is valid: a type array with "null", an anyOf branch of type null, or no constraint at all.</summary>
    public static bool AllowsNull(JsonObject schema) => schema switch
    {
        _ when schema["anyOf"] is JsonArray branches => branches.Any(b => (string?)b?["type"] == "null"),
        _ when schema["type"] is JsonArray types => types.Any(t => (string?)t == "null"),
        _ => schema["type"] is null && schema["$ref"] is null,
    };

    private static JsonObject NonNull(JsonObject schema) =>
        schema["anyOf"] is JsonArray branches
            ? branches.Select(b => b!.AsObject()).Single(b => (string?)b["type"] != "null")
            : schema;
}
