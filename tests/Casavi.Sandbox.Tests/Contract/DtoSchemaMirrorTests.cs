using System.Reflection;
using System.Runtime.Serialization;
using System.Text.Json.Nodes;
using Casavi.Contract;

namespace Casavi.Sandbox.Tests.Contract;

/// <summary>Every component schema mirrors its DTO in Casavi.Contract: names, types, enums, required, nullable.</summary>
public sealed class DtoSchemaMirrorTests
{
    private static readonly JsonObject Schemas = ContractDocument.Load()["components"]!["schemas"]!.AsObject();

    private static readonly Dictionary<string, Type> Dtos = typeof(Page<>).Assembly.GetExportedTypes()
        .Where(t => !t.IsGenericTypeDefinition && (t.IsEnum || t.GetMethod("<Clone>$") is not null))
        .ToDictionary(t => t.Name);

    public static TheoryData<string> SchemaNames => new(Schemas.Select(s => s.Key));

    [Fact]
    public void Every_DTO_has_a_schema()
    {
        var missing = Dtos.Keys.Where(name => !Schemas.ContainsKey(name)).ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void Schema_mirrors_its_DTO(string name)
    {
        var schema = Schemas[name]!.AsObject();
        var problems = name.EndsWith("Page", StringComparison.Ordinal) && !Dtos.ContainsKey(name)
            ? PageProblems(name, schema)
            : Dtos.TryGetValue(name, out var dto)
                ? dto.IsEnum ? EnumProblems(dto, schema) : DtoShape.Problems(dto, schema)
                : [$"no DTO named {name} in Casavi.Contract"];
        Assert.True(problems.Count == 0, $"{name}:\n" + string.Join('\n', problems));
    }

    private static List<string> EnumProblems(Type dto, JsonObject schema)
    {
        var wireNames = dto.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetCustomAttribute<EnumMemberAttribute>()?.Value)
            .OfType<string>();
        var values = schema["enum"]?.AsArray().Select(v => (string?)v).ToList() ?? [];
        return values.SequenceEqual(wireNames) && (string?)schema["type"] == "string"
            ? []
            : [$"enum [{string.Join(", ", values)}] is not the wire names [{string.Join(", ", wireNames)}]"];
    }

    private static List<string> PageProblems(string name, JsonObject schema)
    {
        var item = name[..^"Page".Length];
        var problems = new List<string>();
        if ((string?)schema["properties"]?["list"]?["items"]?["$ref"] != $"#/components/schemas/{item}")
            problems.Add($"list items are not {item}");
        if (!Dtos.ContainsKey(item))
            problems.Add($"no DTO named {item}");
        problems.AddRange(DtoShape.Problems(typeof(Page<>).MakeGenericType(Dtos.GetValueOrDefault(item) ?? typeof(object)), schema));
        return problems;
    }
}
