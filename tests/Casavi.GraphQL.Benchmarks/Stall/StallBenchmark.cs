using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Casavi.Client;
using Casavi.GraphQL.Benchmarks.FanOut;
using Casavi.GraphQL.Kernel.Subscriptions;
using Casavi.GraphQL.Tests.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Casavi.GraphQL.Benchmarks.Stall;

/// <summary>
/// Mode <c>stall [readers]</c>: N WebSocket subscribers that read, then one that subscribes and never reads
/// (<see cref="StalledWebSocket"/>). One <c>ticket.updated</c> of a ticket with a large description at a
/// time goes to <see cref="ChangeHub.DeliverAsync"/>, the next once every reader got it, until the gateway
/// cut the stalled client off (its subscription left the hub). Prints the readers' latency before the
/// stalled client came, while it was stalled, and after it was cut off, and whether every reader got every event.
/// </summary>
internal static class StallBenchmark
{
    private const string Query = "subscription { ticketChanged { referenceId title description status priority createdAt } }";
    private const int DescriptionChars = 32 * 1024;
    private const int QueueCapacity = 10;
    private const int StalledReceiveBufferBytes = 4096;
    private const int EventsPerPhase = 50;
    private const int MaxStalledEvents = 20_000;
    private static readonly TimeSpan MaxStalledTime = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(int readers)
    {
        var settings = GatewaySettings.Create(0, 0, TimeSpan.FromMinutes(10));
        settings["Gateway:Subscriptions:QueueCapacity"] = QueueCapacity.ToString(CultureInfo.InvariantCulture);
        settings["Logging:LogLevel:Microsoft.AspNetCore.Server.Kestrel"] = "Error";
        var cutOffLog = new CutOffLog();
        await using var gateway = new Gateway(settings, services => services.AddSingleton<ILoggerProvider>(cutOffLog));
        var baseAddress = gateway.StartOnLoopback();
        var endpoint = new UriBuilder(baseAddress) { Scheme = "ws", Path = "/graphql" }.Uri;
        var hub = gateway.Services.GetRequiredService<ChangeHub>();
        var account = gateway.Services.GetRequiredService<CasaviAccounts>().Default!;
        using var sandboxHttp = new HttpClient { BaseAddress = gateway.Sandbox.BaseUrl };
        var title = $"stall {Guid.NewGuid():N}";
        var ticketId = await CreateTicketAsync(sandboxHttp, title);

        Console.WriteLine($"S. stall: {readers} reading graphql-transport-ws subscribers and one that never reads, ticket.updated via ChangeHub.DeliverAsync");
        Console.WriteLine($"   query: {Query}");
        Console.WriteLine($"   description {DescriptionChars} chars per event; Gateway:Subscriptions:QueueCapacity {QueueCapacity}; stalled client's SO_RCVBUF {StalledReceiveBufferBytes} B; sandbox latency 0 ms");
        Console.WriteLine($"   kernel: tcp_wmem {Kernel("net/ipv4/tcp_wmem")}, tcp_rmem {Kernel("net/ipv4/tcp_rmem")}");
        var clients = await ConnectAllAsync(endpoint, readers);
        StalledWebSocket? stalled = null;
        try
        {
            await WhenAsync(() => hub.Count == readers, "every reader subscribed");
            var deliver = (CancellationToken cancellationToken) => hub.DeliverAsync(EntityChange.Of(account, "ticket.updated", ticketId), cancellationToken);
            // Compiles the event path first, so the first phase is not the JIT's.
            await RunPhaseAsync("warm-up", deliver, clients, title, () => false, EventsPerPhase);
            var before = await RunPhaseAsync("before: readers only", deliver, clients, title, () => false, EventsPerPhase);

            using (var connecting = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
                stalled = await StalledWebSocket.SubscribeAsync(endpoint, Query, StalledReceiveBufferBytes, connecting.Token);
            await WhenAsync(() => hub.Count == readers + 1, "the stalled client subscribed");
            var stalledSince = Stopwatch.GetTimestamp();
            var during = await RunPhaseAsync("stalled: until cut off", deliver, clients, title, () => hub.Count == readers, MaxStalledEvents, MaxStalledTime);
            var unread = stalled.UnreadBytes;
            var after = await RunPhaseAsync("after: cut off", deliver, clients, title, () => false, EventsPerPhase);

            StallReport.Print(readers, [before, during, after], stalledSince, cutOffLog.FirstCutOff, hub.Count == readers, unread);
        }
        finally
        {
            stalled?.Dispose();
            foreach (var client in clients)
                await client.DisposeAsync();
        }
    }

    /// <summary>Delivers one event at a time until <paramref name="done"/> or a limit: each waits for every reader's message.</summary>
    private static async Task<StallPhase> RunPhaseAsync(
        string name, Func<CancellationToken, Task> deliver, IReadOnlyList<FanOutClient> clients, string title, Func<bool> done, int maxEvents, TimeSpan? maxTime = null)
    {
        var phase = new StallPhase(name);
        var clock = Stopwatch.StartNew();
        while (!done() && phase.Events < maxEvents && (maxTime is null || clock.Elapsed < maxTime))
        {
            var start = Stopwatch.GetTimestamp();
            await deliver(CancellationToken.None);
            var delivered = Stopwatch.GetTimestamp();
            using var timeout = new CancellationTokenSource(EventTimeout);
            var arrivals = await Task.WhenAll(clients.Select(client => NextAsync(client, timeout.Token)));
            phase.Add(start, delivered, arrivals, title);
        }

        phase.Elapsed = clock.Elapsed;
        return phase;
    }

    private static async Task<Arrival?> NextAsync(FanOutClient client, CancellationToken cancellationToken)
    {
        try
        {
            return await client.Arrivals.ReadAsync(cancellationToken);
        }
        catch (Exception missing) when (missing is OperationCanceledException or System.Threading.Channels.ChannelClosedException)
        {
            return null;
        }
    }

    private static async Task<List<FanOutClient>> ConnectAllAsync(Uri endpoint, int readers)
    {
        var clients = new FanOutClient[readers];
        await Parallel.ForAsync(0, readers, new ParallelOptions { MaxDegreeOfParallelism = FanOutBenchmark.ConnectParallelism }, async (i, cancellationToken) =>
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            clients[i] = await FanOutClient.SubscribeAsync(endpoint, Query, timeout.Token);
        });
        return [.. clients];
    }

    private static async Task<string> CreateTicketAsync(HttpClient sandboxHttp, string title)
    {
        // Text that JSON writes as it is, so the payload's size is the description's.
        var description = string.Concat(Enumerable.Repeat("Heizung im Keller ausgefallen. ", DescriptionChars / 31 + 1))[..DescriptionChars];
        using var response = await sandboxHttp.PostAsJsonAsync("/_sandbox/tickets", new { title, description, propertyId = "P-00001" });
        response.EnsureSuccessStatusCode();
        using var ticket = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return ticket.RootElement.EnumerateObject().First(field => field.Name.Equals("id", StringComparison.OrdinalIgnoreCase)).Value.GetString()!;
    }

    private static string Kernel(string setting)
    {
        var path = Path.Combine("/proc/sys", setting);
        return File.Exists(path) ? File.ReadAllText(path).Trim().Replace('\t', ' ') : "(unknown)";
    }

    private static async Task WhenAsync(Func<bool> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(60))
                throw new TimeoutException($"Waited 60 s for {what}.");
            await Task.Delay(20);
        }
    }
}
