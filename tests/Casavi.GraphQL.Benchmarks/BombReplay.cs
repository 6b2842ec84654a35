using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Casavi.GraphQL.Benchmarks;

/// <summary>
/// Mode <c>bombs</c>: the probes that once exhausted the gateway, replayed against it in process on
/// loopback. Prints the time each takes to be refused (target &lt; 100 ms), the process's working set
/// while they repeat (target &lt; 400 MB), and the throughput of a normal query alone and beside four
/// clients sending bombs (target: drop &lt; 20%).
/// </summary>
internal static class BombReplay
{
    private const string NormalQuery = "{ properties(first: 2) { nodes { name } } }";

    private static readonly (string Name, string Query)[] Bombs =
    [
        ("3,033 aliases of units(first:1){totalCount}", Aliases(3_033, "units(first:1){totalCount}")),
        ("1,000 aliases of properties(first:100)", Aliases(1_000, "properties(first:100){nodes{name}}")),
        ("5 hops, first: 100", "{ properties(first: 100) { nodes { units(first: 100) { nodes { property { units(first: 100) { nodes { property { units(first: 100) { nodes { name } } } } } } } } } } }"),
        ("33k x id in node(id:)", "{ node(id: \"x\") { " + string.Concat(Enumerable.Repeat("id ", 33_000)) + "} }"),
    ];

    public static async Task RunAsync(TimeSpan duration)
    {
        var settings = GatewaySettings.Create(20, 0, GatewaySettings.CacheOff);
        settings["Logging:LogLevel:Microsoft.AspNetCore.Server.Kestrel"] = "Error";
        await using var gateway = new Gateway(settings);
        using var http = new HttpClient { BaseAddress = gateway.StartOnLoopback(), Timeout = TimeSpan.FromSeconds(60) };

        Console.WriteLine("C. bombs: refusal time (median of 5, target < 100 ms)");
        foreach (var (name, query) in Bombs)
        {
            var times = new List<double>();
            string answer = "";
            for (var i = 0; i < 5; i++)
            {
                var clock = Stopwatch.StartNew();
                answer = await SendAsync(http, query);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"{name,-45} {times.Order().ElementAt(2),8:F1} ms  {Code(answer)}");
        }

        var alone = await NormalThroughputAsync(http, duration);
        using var stop = new CancellationTokenSource();
        long peak = 0;
        var bombers = Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await SendAsync(http, Bombs[i % Bombs.Length].Query);
                Interlocked.Exchange(ref peak, Math.Max(Interlocked.Read(ref peak), Environment.WorkingSet));
            }
        })).ToList();
        var beside = await NormalThroughputAsync(http, duration);
        await stop.CancelAsync();
        await Task.WhenAll(bombers);
        Console.WriteLine($"working set (this process: gateway, sandbox and client) peak while bombing: {peak / 1048576.0:F0} MB (target < 400 MB)");
        Console.WriteLine($"normal query req/s alone {alone:F0}, beside 4 bombing clients {beside:F0}: drop {100 * (1 - (beside / alone)):F1}% (target < 20%)");
    }

    /// <summary>Four clients sending a cheap query in a closed loop; answered requests per second.</summary>
    private static async Task<double> NormalThroughputAsync(HttpClient http, TimeSpan duration)
    {
        await SendAsync(http, NormalQuery);
        var clock = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var answered = 0;
            while (clock.Elapsed < duration)
            {
                await SendAsync(http, NormalQuery);
                answered++;
            }

            return answered;
        })));
        return counts.Sum() / clock.Elapsed.TotalSeconds;
    }

    private static async Task<string> SendAsync(HttpClient http, string query)
    {
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(new { query }));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Code(string answer)
    {
        using var document = JsonDocument.Parse(answer);
        return document.RootElement.TryGetProperty("errors", out var errors)
            ? errors[0].GetProperty("extensions").GetProperty("code").GetString() ?? "?"
            : "answered";
    }

    private static string Aliases(int count, string field)
    {
        var query = new StringBuilder("{");
        for (var i = 0; i < count; i++)
            query.Append(" a").Append(i).Append(':').Append(field);
        return query.Append(" }").ToString();
    }
}
