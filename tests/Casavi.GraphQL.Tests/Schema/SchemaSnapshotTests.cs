using Casavi.GraphQL.Tests.Infrastructure;
using Casavi.GraphQL.Transport;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Tests.Schema;

/// <summary>
/// schema/schema.graphql is the published contract of the gateway. The test fails when it is
/// missing or differs from the schema the gateway prints; UPDATE_SCHEMA=1 rewrites it instead.
/// </summary>
[Collection(GatewayTestGroup.Name)]
public sealed class SchemaSnapshotTests(GatewayFixture gateway)
{
    // Scalars GraphQL.NET defines (Long: 64-bit ids) are described by the engine, not by us.
    private static readonly HashSet<string> BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID"];

    private static readonly string SchemaFile = RepositoryFiles.PathOf("schema", "schema.graphql");

    [Fact]
    public void The_printed_schema_matches_schema_graphql()
    {
        var printed = SchemaSdl.PrintSchema(gateway.Services.GetRequiredService<ISchema>()).ReplaceLineEndings("\n");

        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
            File.WriteAllText(SchemaFile, printed);

        Assert.True(File.Exists(SchemaFile), $"{SchemaFile} is missing; run the tests once with UPDATE_SCHEMA=1 and commit it.");
        var committed = File.ReadAllText(SchemaFile).ReplaceLineEndings("\n");
        Assert.True(committed == printed, $"The schema changed. Review the difference, then refresh {SchemaFile} with UPDATE_SCHEMA=1.\n{FirstDifference(committed, printed)}");
    }

    [Fact]
    public async Task The_sdl_route_serves_the_same_schema()
    {
        using var client = gateway.CreateClient();

        var served = await client.GetStringAsync(new Uri("/graphql?sdl", UriKind.Relative));

        Assert.Equal(SchemaSdl.PrintSchema(gateway.Services.GetRequiredService<ISchema>()), served);
    }

    [Fact]
    public void Every_type_field_argument_and_enum_value_has_a_description()
    {
        var schema = gateway.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = schema.AllTypes
            .Where(type => !type.Name.StartsWith("__", StringComparison.Ordinal) && !BuiltInScalars.Contains(type.Name))
            .SelectMany(type => DescriptionGaps(type))
            .ToList();

        Assert.True(missing.Count == 0, "Missing descriptions: " + string.Join(", ", missing));
    }

    private static IEnumerable<string> DescriptionGaps(IGraphType type)
    {
        if (string.IsNullOrWhiteSpace(type.Description))
            yield return type.Name;
        if (type is EnumerationGraphType enumeration)
        {
            foreach (var value in enumeration.Values.Where(value => string.IsNullOrWhiteSpace(value.Description)))
                yield return $"{type.Name}.{value.Name}";
        }

        if (type is not IComplexGraphType complex)
            yield break;
        foreach (var field in complex.Fields)
        {
            if (string.IsNullOrWhiteSpace(field.Description))
                yield return $"{type.Name}.{field.Name}";
            foreach (var argument in (field.Arguments ?? []).Where(argument => string.IsNullOrWhiteSpace(argument.Description)))
                yield return $"{type.Name}.{field.Name}({argument.Name})";
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var before = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var after = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (before != after)
                return $"line {i + 1}:\n  committed: {before}\n  printed:   {after}";
        }

        return "";
    }
}
