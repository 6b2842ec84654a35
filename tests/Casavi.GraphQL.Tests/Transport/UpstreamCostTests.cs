using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Transport;

[Collection(GatewayTestGroup.Name)]
public sealed class UpstreamCostTests(GatewayFixture gateway)
{
    [Fact]
    public async Task Cost_is_not_reported_unless_asked()
    {
        var body = await gateway.PostQueryAsync(CasaviQueries.FirstProperties);

        Assert.True(body.TryGetProperty("data", out _));
        Assert.False(body.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("casavi", out _));
    }

    [Fact]
    public async Task Cost_reports_the_requests_the_sandbox_received_for_this_query()
    {
        var before = gateway.Sandbox.Requests.Snapshot();
        var body = await gateway.PostQueryAsync(CasaviQueries.FirstProperties, withCost: true);
        var received = Delta(before, gateway.Sandbox.Requests.Snapshot());

        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var cost = body.GetProperty("extensions").GetProperty("casavi");
        var requests = cost.GetProperty("requests").GetInt32();
        Assert.True(requests > 0);
        Assert.Equal(received.Values.Sum(), requests);
        Assert.InRange(cost.GetProperty("waves").GetInt32(), 1, requests);
        Assert.True(cost.GetProperty("durationMs").GetDouble() >= 0);

        var byEndpoint = cost.GetProperty("byEndpoint").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(requests, byEndpoint.Values.Sum());
        Assert.Contains(byEndpoint.Keys, key => key.StartsWith("GET /v2/properties", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_query_that_needs_no_casavi_costs_nothing()
    {
        var body = await gateway.PostQueryAsync("{ __typename }", withCost: true);

        var cost = body.GetProperty("extensions").GetProperty("casavi");
        Assert.Equal(0, cost.GetProperty("requests").GetInt32());
        Assert.Equal(0, cost.GetProperty("waves").GetInt32());
        Assert.Equal(JsonValueKind.Object, cost.GetProperty("byEndpoint").ValueKind);
        Assert.Empty(cost.GetProperty("byEndpoint").EnumerateObject());
    }

    private static Dictionary<string, int> Delta(IReadOnlyDictionary<string, int> before, IReadOnlyDictionary<string, int> after) =>
        after.Select(entry => (entry.Key, Count: entry.Value - before.GetValueOrDefault(entry.Key)))
            .Where(entry => entry.Count > 0)
            .ToDictionary(entry => entry.Key, entry => entry.Count);
}
