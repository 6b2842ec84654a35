using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Casavi.Contract;

namespace Casavi.Sandbox.Tests.Contract;

/// <summary>Compares a DTO as System.Text.Json writes it (casavi's options) with an object schema.</summary>
internal static class DtoShape
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static List<string> Problems(Type dto, JsonObject schema)
    {
        var problems = new List<string>();
        var properties = Options.GetTypeInfo(dto).Properties;
        var declared = schema["properties"]?.AsObject() ?? [];
        var required = schema["required"]?.AsArray().Select(r => (string)r!).ToHashSet() ?? [];
        var names = properties.Select(p => p.Name).ToHashSet();
        problems.AddRange(names.Where(n => !declared.ContainsKey(n)).Select(n => $"{n}: in the DTO, not in the schema"));
        problems.AddRange(declared.Select(d => d.Key).Where(n => !names.Contains(n)).Select(n => $"{n}: in the schema, not in the DTO"));
        problems.AddRange(required.Where(n => !declared.ContainsKey(n)).Select(n => $"{n}: required but not declared"));
        foreach (var property in properties.Where(p => declared.ContainsKey(p.Name)))
        {
            var propertySchema = declared[property.Name]!.AsObject();
            var isRequired = required.Contains(property.Name);
            if ((property.IsRequired || property.AssociatedParameter is not null) && !isRequired)
                problems.Add($"{property.Name}: required in the DTO, optional in the schema");
            var nullable = SchemaKind.AllowsNull(propertySchema);
            if (nullable != (!isRequired && IsNullable(property)))
                problems.Add($"{property.Name}: schema {(nullable ? "allows" : "forbids")} null; the DTO is {(IsNullable(property) ? "nullable" : "not nullable")} and the field {(isRequired ? "required" : "optional")}");
            var expected = SchemaKind.Of(property.PropertyType);
            var actual = SchemaKind.Of(propertySchema);
            if (expected != actual)
                problems.Add($"{property.Name}: schema is {actual}, the DTO writes {expected}");
        }
        return problems;
    }

    private static bool IsNullable(JsonPropertyInfo property) =>
        property.PropertyType.IsValueType ? Nullable.GetUnderlyingType(property.PropertyType) is not null : property.IsGetNullable;

    private static JsonSerializerOptions CreateOptions()
    {
        var options = CasaviJson.Create();
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
