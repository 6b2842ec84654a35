using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Casavi.GraphQL.Benchmarks;

/// <summary>What one GraphQL request cost: the gateway's <c>extensions.casavi</c> figures, the client's clock and this process's allocations.</summary>
/// <param name="CacheHits">Null while the gateway does not report <c>cacheHits</c>.</param>
internal sealed record CostSample(int Requests, int Waves, int? CacheHits, double Milliseconds, double AllocatedMegabytes, IReadOnlyDictionary<string, int> ByEndpoint)
{
    /// <summary>Requests of POST /v2/authenticate: a new gateway signs in once, which no query can avoid.</summary>
    public int SignIns => ByEndpoint.Where(endpoint => endpoint.Key.Contains("/authenticate", StringComparison.Ordinal)).Sum(endpoint => endpoint.Value);

    /// <summary>Each figure's median on its own, so one slow sample does not choose the requests shown.</summary>
    public static CostSample Median(IReadOnlyList<CostSample> samples)
    {
        T Middle<T>(Func<CostSample, T> figure) => samples.Select(figure).Order().ElementAt(samples.Count / 2);
        var byRequests = samples.OrderBy(sample => sample.Requests).ElementAt(samples.Count / 2);
        return new CostSample(Middle(s => s.Requests), Middle(s => s.Waves), Middle(s => s.CacheHits), Middle(s => s.Milliseconds), Middle(s => s.AllocatedMegabytes), byRequests.ByEndpoint);
    }
}

internal static class GraphQLCall
{
    /// <summary>Sends the query asking for its upstream cost; a GraphQL error fails the benchmark rather than printing a cheap failure.</summary>
    public static async Task<CostSample> MeasureAsync(HttpClient client, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Add("X-Casavi-Cost", "true");
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        clock.Stop();
        if (document.RootElement.TryGetProperty("errors", out var errors))
            throw new InvalidOperationException($"{query} answered errors: {errors}");
        var casavi = document.RootElement.GetProperty("extensions").GetProperty("casavi");
        var byEndpoint = casavi.TryGetProperty("byEndpoint", out var endpoints)
            ? endpoints.EnumerateObject().ToDictionary(endpoint => endpoint.Name, endpoint => endpoint.Value.GetInt32(), StringComparer.Ordinal)
            : [];
        return new CostSample(
            casavi.GetProperty("requests").GetInt32(),
            casavi.GetProperty("waves").GetInt32(),
            casavi.TryGetProperty("cacheHits", out var hits) ? hits.GetInt32() : null,
            clock.Elapsed.TotalMilliseconds,
            (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0,
            byEndpoint);
    }

    /// <summary>The data of a query, for looking up ids to put into the measured queries.</summary>
    public static async Task<JsonElement> DataAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        if (document.RootElement.TryGetProperty("errors", out var errors))
            throw new InvalidOperationException($"{query} answered errors: {errors}");
        return document.RootElement.GetProperty("data").Clone();
    }
}
