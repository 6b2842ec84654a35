using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;
using Casavi.GraphQL.Composition;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Tests.Integration;

/// <summary>
/// Every endpoint of the casavi contract (schema/casavi-v2.openapi.json) is reached through at least
/// one field of the GraphQL schema, as the fields declare it (<see cref="CasaviEndpointMap"/>), so an
/// endpoint added to the contract without a field fails here; the README's table is that same map.
/// </summary>
[Collection(GatewayTestGroup.Name)]
public sealed class ContractCoverageTests(GatewayFixture gateway)
{
    private const string TableStart = "<!-- endpoint-table: generated from the schema by ContractCoverageTests; refresh with UPDATE_README=1 -->";
    private const string TableEnd = "<!-- endpoint-table end -->";

    private static readonly string[] HttpMethods = ["get", "post", "put", "patch", "delete"];

    private CasaviEndpointMap Map => gateway.Services.GetRequiredService<CasaviEndpointMap>();

    [Fact]
    public void Every_contract_endpoint_is_reached_and_every_reached_endpoint_is_in_the_contract()
    {
        var endpoints = ContractEndpoints();
        var reached = Map.Build();

        var unreached = endpoints.Where(endpoint => !reached.ContainsKey(endpoint) && !CasaviEndpointMap.Unreached.ContainsKey(endpoint)).ToList();
        var notInContract = reached.Keys.Concat(CasaviEndpointMap.Unreached.Keys).Where(endpoint => !endpoints.Contains(endpoint)).ToList();

        Assert.Empty(unreached);
        Assert.Empty(notInContract);
    }

    [Fact]
    public void The_readme_table_is_the_map_of_the_schema()
    {
        var path = RepositoryFiles.PathOf("README.md");
        var readme = File.ReadAllText(path);
        var start = readme.IndexOf(TableStart, StringComparison.Ordinal);
        var end = readme.IndexOf(TableEnd, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README.md has no section between '{TableStart}' and '{TableEnd}'.");
        var current = readme[(start + TableStart.Length)..end].Trim('\n');
        var expected = Map.MarkdownTable().TrimEnd('\n');

        if (current != expected && Environment.GetEnvironmentVariable("UPDATE_README") == "1")
            File.WriteAllText(path, readme[..(start + TableStart.Length)] + "\n" + expected + "\n" + readme[end..]);
        else
            Assert.Equal(expected, current);
    }

    private static HashSet<string> ContractEndpoints()
    {
        using var contract = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("schema", "casavi-v2.openapi.json")));
        return contract.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(operation => HttpMethods.Contains(operation.Name))
                .Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"))
            .ToHashSet(StringComparer.Ordinal);
    }
}
