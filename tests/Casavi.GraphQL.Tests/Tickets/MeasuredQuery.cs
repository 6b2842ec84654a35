using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Tickets;

/// <summary>A query's answer with what it cost upstream: as the gateway reports it and as the sandbox counted it.</summary>
public sealed record MeasuredQuery(JsonElement Body, int Requests, int Waves, IReadOnlyDictionary<string, int> ByEndpoint, int SandboxReceived)
{
    public JsonElement Data => Body.GetProperty("data");

    public int CountOf(string endpoint) => ByEndpoint.GetValueOrDefault(endpoint);

    public static async Task<MeasuredQuery> RunAsync(GatewayFixture gateway, string query, object? variables = null)
    {
        var before = gateway.Sandbox.Requests.Total;
        var body = await gateway.PostQueryAsync(query, variables, withCost: true);
        var received = gateway.Sandbox.Requests.Total - before;

        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var cost = body.GetProperty("extensions").GetProperty("casavi");
        var byEndpoint = cost.GetProperty("byEndpoint").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.Ordinal);
        return new MeasuredQuery(body, cost.GetProperty("requests").GetInt32(), cost.GetProperty("waves").GetInt32(), byEndpoint, received);
    }

    public string Describe() =>
        $"{Requests} requests in {Waves} waves (sandbox counted {SandboxReceived}): " +
        string.Join(", ", ByEndpoint.OrderBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => $"{entry.Key} ×{entry.Value}"));
}
