using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Benchmarks;

/// <summary>
/// Part A: what the nested and the tickets query cost casavi in each state a gateway is in (fresh,
/// lists known, cache warm, second replica, cache expired), with pages counted from 0 and from 1,
/// each row next to its target. Requests and waves are the gateway's own count (<c>extensions.casavi</c>).
/// </summary>
internal static class CostTable
{
    private const int ListsKnownRuns = 5;
    private const int BroadProperties = 25;
    private static readonly TimeSpan CacheOn = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ShortTtl = TimeSpan.FromSeconds(1);
    // Long enough that the expired row refreshes by modifiedAfter rather than reading lists whole.
    private static readonly TimeSpan FullRefresh = TimeSpan.FromMinutes(10);
    private static readonly int[] PageNumberings = [0, 1];

    public static async Task RunAsync(int latencyMilliseconds, RedisProcess? redis, string redisDescription)
    {
        Console.WriteLine($"A. casavi cost, sandbox latency {latencyMilliseconds} ms; 'lists known' is the median of {ListsKnownRuns} runs; replicas share {redisDescription}");
        Console.WriteLine("   requests and waves as the gateway counts them (sign-in included); minimum = fewest requests for the query's data, sign-in not counted");
        Console.WriteLine($"{"pages",-6} {"query",-8} {"state",-28} {"requests",8} {"waves",6} {"hits",5} {"ms",7}   {"target requests",-17} {"target waves",-12} met");
        var cacheHitsReported = false;
        foreach (var firstPageNumber in PageNumberings)
        {
            var minimums = await MinimumsAsync(firstPageNumber);
            foreach (var query in Enum.GetValues<MeasuredQuery>())
            {
                var minimum = minimums?.For(query);
                var rows = new RowPrinter(firstPageNumber, query, minimum);
                await CacheOffRowsAsync(rows, latencyMilliseconds, firstPageNumber, query);
                await CacheWarmL1RowAsync(rows, latencyMilliseconds, firstPageNumber, query);
                await SecondReplicaRowAsync(rows, latencyMilliseconds, firstPageNumber, query, redis, redisDescription);
                await CacheExpiredRowAsync(rows, latencyMilliseconds, firstPageNumber, query);
                Console.WriteLine(minimum is null
                    ? "       minimum: could not be worked out"
                    : $"       minimum {minimum.Requests} = {minimum.Breakdown}");
                cacheHitsReported |= rows.CacheHitsReported;
                if (rows.ListsKnown is { } listsKnown)
                    Console.WriteLine($"       lists known, by endpoint: {string.Join(", ", listsKnown.ByEndpoint.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key} {e.Value}"))}");
            }
        }

        if (!cacheHitsReported)
            Console.WriteLine("   hits '-': this gateway does not report extensions.casavi.cacheHits, so it has no cache yet and the cache rows show cache-off figures");
        Console.WriteLine();
    }

    private static string Text(MeasuredQuery query) => query == MeasuredQuery.Nested ? Queries.NestedBroad : Queries.Tickets;

    /// <summary>Rows 1–3 on one gateway: its first request, the same again once lists are known, then the README's narrow query.</summary>
    private static async Task CacheOffRowsAsync(RowPrinter rows, int latency, int firstPageNumber, MeasuredQuery query)
    {
        await using var gateway = new Gateway(GatewaySettings.Create(latency, firstPageNumber, GatewaySettings.CacheOff));
        using var client = gateway.CreateClient();
        rows.Print(CostState.FreshCacheOff, await GraphQLCall.MeasureAsync(client, Text(query)));
        var samples = new List<CostSample>();
        for (var run = 0; run < ListsKnownRuns; run++)
            samples.Add(await GraphQLCall.MeasureAsync(client, Text(query)));
        rows.Print(CostState.ListsKnownCacheOff, CostSample.Median(samples));
        if (query == MeasuredQuery.Nested)
            rows.Print(CostState.NarrowAfterBroadCacheOff, await GraphQLCall.MeasureAsync(client, Queries.NestedNarrow));
    }

    private static async Task CacheWarmL1RowAsync(RowPrinter rows, int latency, int firstPageNumber, MeasuredQuery query)
    {
        await using var gateway = new Gateway(GatewaySettings.Create(latency, firstPageNumber, CacheOn));
        using var client = gateway.CreateClient();
        await GraphQLCall.MeasureAsync(client, Text(query));
        rows.Print(CostState.CacheWarmL1, await GraphQLCall.MeasureAsync(client, Text(query)));
    }

    /// <summary>
    /// Replica A fills the shared Redis; a new replica B, reading A's casavi (as replicas share one
    /// account), then runs the same query with an empty L1: B's figures are the row.
    /// </summary>
    private static async Task SecondReplicaRowAsync(RowPrinter rows, int latency, int firstPageNumber, MeasuredQuery query, RedisProcess? redis, string redisDescription)
    {
        if (redis is null)
        {
            rows.PrintMissing(CostState.CacheWarmSecondReplica, redisDescription);
            return;
        }

        await redis.FlushAsync();
        var settingsA = GatewaySettings.Create(latency, firstPageNumber, CacheOn, redis.Endpoint);
        await using var replicaA = new Gateway(settingsA);
        using (var clientA = replicaA.CreateClient())
            await GraphQLCall.MeasureAsync(clientA, Text(query));
        await using var replicaB = new Gateway(GatewaySettings.SecondReplicaOf(replicaA, settingsA));
        using var clientB = replicaB.CreateClient();
        rows.Print(CostState.CacheWarmSecondReplica, await GraphQLCall.MeasureAsync(clientB, Text(query)));
    }

    private static async Task CacheExpiredRowAsync(RowPrinter rows, int latency, int firstPageNumber, MeasuredQuery query)
    {
        var settings = GatewaySettings.Create(latency, firstPageNumber, ShortTtl);
        settings["Cache:FullRefresh"] = FullRefresh.ToString("c", CultureInfo.InvariantCulture);
        await using var gateway = new Gateway(settings);
        using var client = gateway.CreateClient();
        await GraphQLCall.MeasureAsync(client, Text(query));
        await Task.Delay(ShortTtl + TimeSpan.FromMilliseconds(500));
        rows.Print(CostState.CacheExpiredNothingChanged, await GraphQLCall.MeasureAsync(client, Text(query)));
    }

    /// <summary>
    /// The minimums of this page numbering, read from a gateway's own sandbox without latency (the same
    /// seed gives the same data as the measured gateways). Its queries also warm the JIT, so the first
    /// printed row's time is not mostly compilation.
    /// </summary>
    private static async Task<Minimums?> MinimumsAsync(int firstPageNumber)
    {
        await using var reference = new Gateway(GatewaySettings.Create(0, firstPageNumber, GatewaySettings.CacheOff));
        using (var client = reference.CreateClient())
        {
            await GraphQLCall.MeasureAsync(client, Queries.NestedBroad);
            await GraphQLCall.MeasureAsync(client, Queries.Tickets);
        }

        try
        {
            var configuration = reference.Services.GetRequiredService<IConfiguration>();
            var (nested, tickets) = await MinimumRequests.ComputeAsync(
                reference.Sandbox.BaseUrl, configuration["Casavi:Key"]!, configuration["Casavi:Secret"]!, BroadProperties);
            return new Minimums(nested, tickets);
        }
        catch (Exception failure) when (failure is HttpRequestException or InvalidOperationException or KeyNotFoundException or System.Text.Json.JsonException)
        {
            // The table still shows the figures; its requests targets then say "compare with row 2".
            Console.WriteLine($"       (minimum not worked out: {failure.Message})");
            return null;
        }
    }

    private sealed record Minimums(MinimumCost Nested, MinimumCost Tickets)
    {
        public MinimumCost For(MeasuredQuery query) => query == MeasuredQuery.Nested ? Nested : Tickets;
    }

    /// <summary>Prints each row as soon as it is measured, so a long run shows progress.</summary>
    private sealed class RowPrinter(int firstPageNumber, MeasuredQuery query, MinimumCost? minimum)
    {
        public CostSample? ListsKnown { get; private set; }

        public bool CacheHitsReported { get; private set; }

        public void Print(CostState state, CostSample sample)
        {
            if (state == CostState.ListsKnownCacheOff)
                ListsKnown = sample;
            CacheHitsReported |= sample.CacheHits is not null;
            var target = CostTargets.Check(state, query, sample, minimum);
            var met = target.Met switch { true => "yes", false => "NO", null => "?" };
            var hits = sample.CacheHits?.ToString(CultureInfo.InvariantCulture) ?? "-";
            Console.WriteLine($"{Prefix(state)} {sample.Requests,8} {sample.Waves,6} {hits,5} {sample.Milliseconds,7:F0}   {target.Requests,-17} {target.Waves,-12} {met}");
        }

        public void PrintMissing(CostState state, string reason) => Console.WriteLine($"{Prefix(state)} {reason}");

        private string Prefix(CostState state) =>
            $"{"from " + firstPageNumber.ToString(CultureInfo.InvariantCulture),-6} {query.ToString().ToLowerInvariant(),-8} {CostTargets.Label(state),-28}";
    }
}
