using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Casavi.GraphQL.Benchmarks;

// Runs the headline queries against the embedded sandbox with casavi-like latency, once per
// batching strategy and per page numbering (casavi's examples count pages from 0; the sandbox can
// count from 1), and prints requests, dependent round trips (waves), time and allocations, plus the
// requests and waves of the first run on a fresh gateway (no list walked yet). The narrow query runs
// after the broad ones, so it shows what a search costs once every list's length is known.
// Compare rows of one run with each other; absolute times depend on the machine.
internal static class Benchmark
{
    public static async Task Main(string[] args)
    {
        if (args is ["outage", .. var outageArgs])
        {
            await OutageLogBenchmark.RunAsync(outageArgs);
            return;
        }

        const int Runs = 5;
        // WebApplicationFactory finds the gateway's content root through this variable outside a test project.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CASAVI_GRAPHQL", GatewayProjectDirectory());
        var latency = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;

        var strategies = new (string Name, Dictionary<string, string?> Settings)[]
        {
            ("batched, parallel pages (default)", []),
            ("batched, pages one by one", new() { ["Gateway:Batching:ParallelPages"] = "false" }),
            ("batched, every key by id", new() { ["Gateway:Batching:ByIdMaxKeys"] = "1000000" }),
        };
        var queries = new (string Name, string Text)[]
        {
            ("properties(first:25)→units→contracts→contacts", "{ properties(first: 25) { nodes { name units { nodes { name contracts { type contacts { firstName lastName } } } } } } }"),
            ("tickets(first:100)→property,unit,reporter,assignee,type,group,orders", "{ tickets(first: 100) { nodes { title property { name } unit { name } reporter { lastName } assignee { lastName } type { name group { name } } orders { status } } } }"),
            ("properties(first:2)→units→contracts→contacts, after the above", "{ properties(first: 2) { nodes { name units { nodes { name contracts { type contacts { firstName lastName } } } } } } }"),
        };

        Console.WriteLine($"casavi latency {latency} ms per request, median of {Runs} runs after 2 warm-up runs; 'first run' is the first warm-up run");
        Console.WriteLine($"{"query",-70} {"strategy",-36} {"pages",5} {"first run",10} {"requests",8} {"waves",6} {"ms",7} {"MB alloc",9}");
        foreach (var firstPageNumber in new[] { 0, 1 })
        {
            foreach (var (strategyName, strategySettings) in strategies)
            {
                var settings = new Dictionary<string, string?>(strategySettings)
                {
                    ["Sandbox:LatencyMilliseconds"] = latency.ToString(CultureInfo.InvariantCulture),
                    ["Sandbox:FirstPageNumber"] = firstPageNumber.ToString(CultureInfo.InvariantCulture),
                    // The table is the output; a log line per measured request would bury it.
                    ["Logging:LogLevel:Casavi.GraphQL.Requests"] = "Warning",
                };
                await using var gateway = new Gateway(settings);
                using var client = gateway.CreateClient();
                foreach (var (queryName, text) in queries)
                {
                    var first = await RunAsync(client, text);
                    await RunAsync(client, text);
                    var samples = new List<Sample>();
                    for (var i = 0; i < Runs; i++)
                        samples.Add(await RunAsync(client, text));
                    var median = samples.OrderBy(sample => sample.Milliseconds).ElementAt(Runs / 2);
                    var firstRun = $"{first.Requests}/{first.Waves}";
                    Console.WriteLine($"{queryName,-70} {strategyName,-36} {"from " + firstPageNumber,5} {firstRun,10} {median.Requests,8} {median.Waves,6} {median.Milliseconds,7:F0} {median.AllocatedMegabytes,9:F1}");
                }
            }
        }
    }

    private static string GatewayProjectDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Casavi.GraphQL.sln")))
                return Path.Combine(directory.FullName, "src", "Casavi.GraphQL");
        }

        throw new InvalidOperationException("Run the benchmark from within the repository.");
    }

    private static async Task<Sample> RunAsync(HttpClient client, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Add("X-Casavi-Cost", "true");
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        clock.Stop();
        if (document.RootElement.TryGetProperty("errors", out var errors))
            throw new InvalidOperationException(errors.ToString());
        var casavi = document.RootElement.GetProperty("extensions").GetProperty("casavi");
        return new Sample(
            casavi.GetProperty("requests").GetInt32(),
            casavi.GetProperty("waves").GetInt32(),
            clock.Elapsed.TotalMilliseconds,
            (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0);
    }
}

internal sealed record Sample(int Requests, int Waves, double Milliseconds, double AllocatedMegabytes);

/// <summary>The gateway in process, on its embedded sandbox, with the given settings.</summary>
internal sealed class Gateway(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.ConfigureHostConfiguration(configuration => configuration.AddInMemoryCollection(settings));
        return base.CreateHost(builder);
    }
}
