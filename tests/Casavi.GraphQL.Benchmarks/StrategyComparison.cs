using System.Globalization;

namespace Casavi.GraphQL.Benchmarks;

/// <summary>
/// The batching strategies side by side (mode <c>strategies</c>): the headline queries once per
/// strategy and per page numbering (casavi's examples count pages from 0; the sandbox can count from
/// 1), with requests, dependent round trips (waves) and time, plus the requests and waves of the first
/// run on a fresh gateway (no list walked yet). The narrow query runs after the broad ones, so it
/// shows what a search costs once every list's length is known.
/// </summary>
internal static class StrategyComparison
{
    private const int Runs = 5;
    private static readonly int[] PageNumberings = [0, 1];

    public static async Task RunAsync(int latency)
    {
        var strategies = new (string Name, Dictionary<string, string?> Settings)[]
        {
            ("batched, parallel pages (default)", []),
            ("batched, pages one by one", new() { ["Gateway:Batching:ParallelPages"] = "false" }),
            ("batched, every key by id", new() { ["Gateway:Batching:ByIdMaxKeys"] = "1000000" }),
        };
        // Active contracts only, as in the README's strategy table, so its figures stay comparable.
        var queries = new (string Name, string Text)[]
        {
            ("properties(first:25)→units→contracts→contacts", "{ properties(first: 25) { nodes { name units { nodes { name contracts { type contacts { firstName lastName } } } } } } }"),
            ("tickets(first:100)→property,unit,reporter,assignee,type,group,orders", Queries.Tickets),
            ("properties(first:2)→units→contracts→contacts, after the above", "{ properties(first: 2) { nodes { name units { nodes { name contracts { type contacts { firstName lastName } } } } } } }"),
        };

        Console.WriteLine($"casavi latency {latency} ms per request, cache off, median of {Runs} runs after 2 warm-up runs; 'first run' is the first warm-up run");
        Console.WriteLine($"{"query",-70} {"strategy",-36} {"pages",5} {"first run",10} {"requests",8} {"waves",6} {"ms",7} {"MB alloc",9}");
        foreach (var firstPageNumber in PageNumberings)
        {
            foreach (var (strategyName, strategySettings) in strategies)
            {
                var settings = GatewaySettings.Create(latency, firstPageNumber, GatewaySettings.CacheOff);
                foreach (var (key, value) in strategySettings)
                    settings[key] = value;
                await using var gateway = new Gateway(settings);
                using var client = gateway.CreateClient();
                foreach (var (queryName, text) in queries)
                {
                    var first = await GraphQLCall.MeasureAsync(client, text);
                    await GraphQLCall.MeasureAsync(client, text);
                    var samples = new List<CostSample>();
                    for (var i = 0; i < Runs; i++)
                        samples.Add(await GraphQLCall.MeasureAsync(client, text));
                    var median = CostSample.Median(samples);
                    var firstRun = $"{first.Requests}/{first.Waves}";
                    var pages = "from " + firstPageNumber.ToString(CultureInfo.InvariantCulture);
                    Console.WriteLine($"{queryName,-70} {strategyName,-36} {pages,5} {firstRun,10} {median.Requests,8} {median.Waves,6} {median.Milliseconds,7:F0} {median.AllocatedMegabytes,9:F1}");
                }
            }
        }
    }
}
