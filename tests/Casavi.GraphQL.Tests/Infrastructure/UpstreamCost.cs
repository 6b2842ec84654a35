using System.Globalization;
using System.Text.Json;

namespace Casavi.GraphQL.Tests.Infrastructure;

/// <summary>The casavi requests and waves of one GraphQL request, as <c>extensions.casavi</c> reports them.</summary>
public sealed record UpstreamCost(int Requests, int Waves, int CacheHits, IReadOnlyDictionary<string, int> ByEndpoint)
{
    public static UpstreamCost From(JsonElement response)
    {
        var casavi = response.GetProperty("extensions").GetProperty("casavi");
        return new UpstreamCost(
            casavi.GetProperty("requests").GetInt32(),
            casavi.GetProperty("waves").GetInt32(),
            casavi.GetProperty("cacheHits").GetInt32(),
            casavi.GetProperty("byEndpoint").EnumerateObject().ToDictionary(endpoint => endpoint.Name, endpoint => endpoint.Value.GetInt32()));
    }

    public int Count(string endpoint) => ByEndpoint.GetValueOrDefault(endpoint);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Requests} requests in {Waves} waves, {CacheHits} cache hits ({string.Join(", ", ByEndpoint.Select(endpoint => $"{endpoint.Key}: {endpoint.Value}"))})");
}
