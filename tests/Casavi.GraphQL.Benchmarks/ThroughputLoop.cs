using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Casavi.GraphQL.Benchmarks;

/// <summary>
/// Part B: how many GraphQL requests a second one gateway answers, on a real loopback socket
/// (Kestrel), from concurrent clients that each send the next request when the last one is answered.
/// The client, the gateway and its sandbox share this machine's cores, so compare rows of one run.
/// </summary>
internal static class ThroughputLoop
{
    private static readonly TimeSpan CacheOn = TimeSpan.FromSeconds(30);
    private static readonly byte[] ErrorsProperty = Encoding.UTF8.GetBytes("\"errors\"");

    public static async Task RunAsync(int latencyMilliseconds, TimeSpan duration, int clients)
    {
        // Long enough to fill the cache and open every connection, short enough not to double a smoke run.
        var warmUp = TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(2).Ticks, duration.Ticks / 5));
        Console.WriteLine($"B. gateway throughput, Kestrel on loopback, sandbox latency {latencyMilliseconds} ms, {clients} concurrent clients, {duration.TotalSeconds:F0} s per scenario after {warmUp.TotalSeconds:F1} s warm-up");
        Console.WriteLine($"{"scenario",-40} {"requests",9} {"req/s",8} {"p50 ms",7} {"p99 ms",7} {"errors",6}");

        await using (var uncached = new Gateway(LoopbackSettings(latencyMilliseconds, GatewaySettings.CacheOff)))
        {
            using var http = Client(uncached.StartOnLoopback(), clients);
            var propertyQuery = Queries.SingleProperty(await FirstPropertyIdAsync(http));
            await MeasureAsync("{ __typename }", http, Queries.Typename, clients, warmUp, duration);
            await MeasureAsync("property(id) { name city }, cache off", http, propertyQuery, clients, warmUp, duration);
        }

        await using (var cached = new Gateway(LoopbackSettings(latencyMilliseconds, CacheOn)))
        {
            using var http = Client(cached.StartOnLoopback(), clients);
            var propertyQuery = Queries.SingleProperty(await FirstPropertyIdAsync(http));
            await MeasureAsync("property(id) { name city }, cache 30 s", http, propertyQuery, clients, warmUp, duration);
            await MeasureAsync("nested properties(first: 25), cache 30 s", http, Queries.NestedBroad, clients, warmUp, duration);
        }

        Console.WriteLine();
    }

    private static Dictionary<string, string?> LoopbackSettings(int latencyMilliseconds, TimeSpan cacheTtl)
    {
        var settings = GatewaySettings.Create(latencyMilliseconds, 0, cacheTtl);
        // Kestrel warns that the free loopback port replaces the development address; that is the intent here.
        settings["Logging:LogLevel:Microsoft.AspNetCore.Server.Kestrel"] = "Error";
        return settings;
    }

    private static HttpClient Client(Uri address, int clients) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = clients, AutomaticDecompression = DecompressionMethods.None })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
        };

    private static async Task<string> FirstPropertyIdAsync(HttpClient http)
    {
        var data = await GraphQLCall.DataAsync(http, Queries.FirstPropertyId);
        return data.GetProperty("properties").GetProperty("nodes")[0].GetProperty("referenceId").GetString()!;
    }

    private static async Task MeasureAsync(string name, HttpClient http, string query, int clients, TimeSpan warmUp, TimeSpan duration)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { query });
        await LoadAsync(http, body, clients, warmUp);
        var result = await LoadAsync(http, body, clients, duration);
        Console.WriteLine($"{name,-40} {result.Latencies.Count + result.Errors,9} {result.RequestsPerSecond,8:F0} {result.Percentile(0.50),7:F1} {result.Percentile(0.99),7:F1} {result.Errors,6}");
    }

    /// <summary>Closed loop: each client waits for its answer before it sends again, so latency and throughput are of the same load.</summary>
    private static async Task<LoadResult> LoadAsync(HttpClient http, byte[] body, int clients, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var perClient = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<double>();
            var errors = 0;
            while (clock.Elapsed < duration)
            {
                var started = clock.Elapsed;
                if (await SendAsync(http, body))
                    latencies.Add((clock.Elapsed - started).TotalMilliseconds);
                else
                    errors++;
            }

            return (Latencies: latencies, Errors: errors);
        })));
        clock.Stop();
        var all = perClient.SelectMany(client => client.Latencies).Order().ToList();
        return new LoadResult(all, perClient.Sum(client => client.Errors), clock.Elapsed);
    }

    /// <returns>Whether the gateway answered 200 without GraphQL errors.</returns>
    private static async Task<bool> SendAsync(HttpClient http, byte[] body)
    {
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync(new Uri("/graphql", UriKind.Relative), content);
            var answer = await response.Content.ReadAsByteArrayAsync();
            // A byte search rather than parsing: the client shares the cores with the gateway it measures.
            return response.StatusCode == HttpStatusCode.OK && answer.AsSpan().IndexOf(ErrorsProperty) < 0;
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private sealed record LoadResult(IReadOnlyList<double> Latencies, int Errors, TimeSpan Elapsed)
    {
        /// <summary>Answered requests a second; failed ones are counted as errors, not throughput.</summary>
        public double RequestsPerSecond => Latencies.Count / Elapsed.TotalSeconds;

        /// <summary>Nearest-rank percentile of the answered requests' latencies (sorted).</summary>
        public double Percentile(double share) =>
            Latencies.Count == 0 ? double.NaN : Latencies[Math.Clamp((int)Math.Ceiling(share * Latencies.Count) - 1, 0, Latencies.Count - 1)];
    }
}
