using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Casavi.GraphQL.Benchmarks;

/// <summary>
/// Mode <c>bombs</c>: the probes that once exhausted the gateway, replayed against it in process on
/// loopback. Prints the time each takes to be refused (target &lt; 100 ms), the process's working set
/// while they repeat (target &lt; 400 MB), and the throughput of a normal query alone and beside four
/// clients sending bombs (target: drop &lt; 20%). As in production, two callers: the API-key client
/// "bomber" sends the bombs, the API-key client "portal" the normal query. Development turns the
/// per-caller rate limit off, so what is measured is what a refusal costs, not how soon the limit
/// answers the bomber with 429s.
/// </summary>
internal static class BombReplay
{
    private const string NormalQuery = "{ properties(first: 2) { nodes { name } } }";

    private static readonly Caller Bomber = new("bomber", "bomber-key-7f3c");
    private static readonly Caller Portal = new("portal", "portal-key-2b9e");

    private static readonly (string Name, string Query)[] Bombs =
    [
        ("3,033 aliases of units(first:1){totalCount}", Aliases(3_033, "units(first:1){totalCount}")),
        ("1,000 aliases of properties(first:100)", Aliases(1_000, "properties(first:100){nodes{name}}")),
        ("5 hops, first: 100", "{ properties(first: 100) { nodes { units(first: 100) { nodes { property { units(first: 100) { nodes { property { units(first: 100) { nodes { name } } } } } } } } } } }"),
        ("5 hops through fragments", "{ properties(first: 100) { ...P } } fragment P on PropertyConnection { nodes { units(first: 100) { ...U } } } fragment U on UnitConnection { nodes { property { units(first: 100) { nodes { property { units(first: 100) { nodes { name } } } } } } } }"),
        ("33k x id in node(id:)", "{ node(id: \"x\") { " + string.Concat(Enumerable.Repeat("id ", 33_000)) + "} }"),
    ];

    public static async Task RunAsync(TimeSpan duration)
    {
        var settings = GatewaySettings.Create(20, 0, GatewaySettings.CacheOff);
        settings["Logging:LogLevel:Microsoft.AspNetCore.Server.Kestrel"] = "Error";
        Bomber.Configure(settings, 0);
        Portal.Configure(settings, 1);
        await using var gateway = new Gateway(settings);
        using var http = new HttpClient { BaseAddress = gateway.StartOnLoopback(), Timeout = TimeSpan.FromSeconds(60) };
        // Built once: an attacker's bodies cost the attacker's CPU, not the gateway's.
        var bombBodies = Bombs.Select(bomb => Body(bomb.Query)).ToArray();
        var normalBody = Body(NormalQuery);

        Console.WriteLine("C. bombs: refusal time (median of 5, target < 100 ms)");
        for (var b = 0; b < Bombs.Length; b++)
        {
            var times = new List<double>();
            string answer = "";
            for (var i = 0; i < 5; i++)
            {
                var clock = Stopwatch.StartNew();
                answer = await SendAsync(http, Bomber, bombBodies[b]);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"{Bombs[b].Name,-45} {times.Order().ElementAt(2),8:F1} ms  {Code(answer)}");
        }

        var alone = await NormalThroughputAsync(http, normalBody, duration);
        using var stop = new CancellationTokenSource();
        long peak = 0, bombsAnswered = 0;
        var bombing = Stopwatch.StartNew();
        var (fullCollections, pauses) = (GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var bombers = Enumerable.Range(0, 4).Select(client => Task.Run(async () =>
        {
            for (var sent = client; !stop.IsCancellationRequested; sent++)
            {
                await SendAsync(http, Bomber, bombBodies[sent % bombBodies.Length]);
                Interlocked.Increment(ref bombsAnswered);
                Interlocked.Exchange(ref peak, Math.Max(Interlocked.Read(ref peak), Environment.WorkingSet));
            }
        })).ToList();
        var beside = await NormalThroughputAsync(http, normalBody, duration);
        await stop.CancelAsync();
        await Task.WhenAll(bombers);
        Console.WriteLine($"bombs answered while bombing: {bombsAnswered / bombing.Elapsed.TotalSeconds:F0} a second; "
            + $"full garbage collections {GC.CollectionCount(2) - fullCollections}, GC pauses {(GC.GetTotalPauseDuration() - pauses).TotalMilliseconds:F0} ms");
        Console.WriteLine($"working set (this process: gateway, sandbox and client) peak while bombing: {peak / 1048576.0:F0} MB (target < 400 MB)");
        Console.WriteLine($"normal query req/s alone {alone:F0}, beside 4 bombing clients {beside:F0}: drop {100 * (1 - (beside / alone)):F1}% (target < 20%)");
    }

    /// <summary>Four clients sending a cheap query in a closed loop; answered requests per second.</summary>
    private static async Task<double> NormalThroughputAsync(HttpClient http, byte[] body, TimeSpan duration)
    {
        await SendAsync(http, Portal, body);
        var clock = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var answered = 0;
            while (clock.Elapsed < duration)
            {
                await SendAsync(http, Portal, body);
                answered++;
            }

            return answered;
        })));
        return counts.Sum() / clock.Elapsed.TotalSeconds;
    }

    private static byte[] Body(string query) => JsonSerializer.SerializeToUtf8Bytes(new { query });

    private static async Task<string> SendAsync(HttpClient http, Caller caller, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Api-Key", caller.Key);
        using var response = await http.SendAsync(request);
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

    /// <summary>An API-key client of the gateway (section Auth:ApiKeys), a caller of its own for the per-caller limit.</summary>
    private sealed record Caller(string Name, string Key)
    {
        public void Configure(Dictionary<string, string?> settings, int index)
        {
            settings[$"Auth:ApiKeys:{index}:Name"] = Name;
            settings[$"Auth:ApiKeys:{index}:KeyHash"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Key)));
            settings[$"Auth:ApiKeys:{index}:Scopes:0"] = "casavi:read";
        }
    }
}
