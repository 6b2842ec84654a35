using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Casavi.Client;
using Casavi.GraphQL.Events;
using Casavi.GraphQL.Kernel.Subscriptions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Benchmarks.FanOut;

/// <summary>
/// Mode <c>fanout [subscribers]</c>: one gateway replica, N WebSocket subscribers of <c>ticketCreated</c>,
/// then one ticket created in the embedded sandbox at a time: (1, 2) brought in by the sandbox's rest hook
/// calling the gateway, timed from the hook call; (3) handed to <see cref="ChangeHub.DeliverAsync"/>
/// directly, timed from that call. Prints per-client latency until its <c>next</c>, the casavi requests
/// the event caused, and memory per subscriber. The clients run in this process, so memory figures
/// include the client sockets; a second measurement with the clients in another process gives the server's part.
/// </summary>
internal static class FanOutBenchmark
{
    public const string Query = "subscription { ticketCreated { title property { name } reporter { lastName } } }";

    private const string SigningKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    public const int ConnectParallelism = 64;
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(120);

    public static async Task RunAsync(int subscribers)
    {
        var port = FreePort();
        var settings = GatewaySettings.Create(20, 0, TimeSpan.FromMinutes(10));
        settings["Cache:FullRefresh"] = "00:10:00";
        settings["Gateway:Events:PublicUrl"] = $"http://127.0.0.1:{port}/";
        settings["Gateway:Events:SigningKey"] = SigningKey;
        settings["Logging:LogLevel:Microsoft.AspNetCore.Server.Kestrel"] = "Error";
        var clock = new HookCallClock();
        await using var gateway = new Gateway(settings, services => services.AddSingleton<IStartupFilter>(clock));
        var baseAddress = gateway.StartOnLoopback(port);
        var hub = gateway.Services.GetRequiredService<ChangeHub>();
        await WhenHooksRegisteredAsync(gateway.Services);
        using var sandboxHttp = new HttpClient { BaseAddress = gateway.Sandbox.BaseUrl };

        Console.WriteLine($"F. fan-out: {subscribers} graphql-transport-ws subscribers of one replica, one ticket.created event");
        Console.WriteLine($"   query: {Query}");
        Console.WriteLine($"   sandbox latency 20 ms per request; hook delivery delay {gateway.Sandbox.Knobs.HookDeliveryDelayMilliseconds} ms; clients in this process ({ConnectParallelism} connecting at a time)");
        Console.WriteLine("   (warnings \"Rest hook H-001 gave up\" are the sandbox's seeded hook to an ERP that does not exist, not the gateway's)");
        var before = MemorySample.Take();
        var connecting = Stopwatch.StartNew();
        var endpoint = new Uri($"ws://127.0.0.1:{port}/graphql");
        var clients = await ConnectAllAsync(endpoint, subscribers);
        await WhenAsync(() => hub.Count == subscribers, "every subscription registered in the ChangeHub");
        var connectSeconds = connecting.Elapsed.TotalSeconds;
        var after = MemorySample.Take();
        Console.WriteLine($"   {subscribers} connected and subscribed in {connectSeconds:F1} s (base address {baseAddress})");

        List<FanOutRound> rounds;
        int extra;
        try
        {
            // The first event also pays for compiling the event path; the second shows the steady state.
            var first = await ViaHookAsync(gateway, clock, sandboxHttp, clients, "(1) rest hook, first event");
            var second = await ViaHookAsync(gateway, clock, sandboxHttp, clients, "(2) rest hook, second event");
            var direct = await DirectAsync(gateway, hub, sandboxHttp, clients);
            rounds = [first, second, direct];
            await Task.Delay(TimeSpan.FromSeconds(1));
            extra = clients.Sum(client => client.Arrivals.Count);
        }
        finally
        {
            foreach (var client in clients)
                await client.DisposeAsync();
        }

        await WhenAsync(() => hub.Count == 0, "every subscription gone after the clients closed");
        var serverOnly = await MeasureServerSideAsync(endpoint, hub, subscribers);
        FanOutReport.Print(subscribers, before, after, rounds, extra, serverOnly);
    }

    /// <returns>Memory of the gateway's process before and after N subscribers of another process connected.</returns>
    private static async Task<(MemorySample Before, MemorySample After)> MeasureServerSideAsync(Uri endpoint, ChangeHub hub, int subscribers)
    {
        var before = MemorySample.Take();
        var child = await SeparateClients.StartAsync(endpoint, subscribers);
        try
        {
            await WhenAsync(() => hub.Count == subscribers, "every subscription of the client process registered");
            return (before, MemorySample.Take());
        }
        finally
        {
            await SeparateClients.StopAsync(child);
        }
    }

    private static async Task<FanOutRound> ViaHookAsync(Gateway gateway, HookCallClock clock, HttpClient sandboxHttp, IReadOnlyList<FanOutClient> clients, string name)
    {
        var title = $"fanout via hook {Guid.NewGuid():N}";
        gateway.Sandbox.Requests.Reset();
        clock.Reset();
        var written = Stopwatch.GetTimestamp();
        await CreateTicketAsync(sandboxHttp, title);
        var arrivals = await CollectAsync(clients, title);
        var hookCall = clock.LastCall;
        if (hookCall == 0)
            throw new InvalidOperationException("The clients got the event, but no hook call was noted.");
        await Task.Delay(200); // lets a late casavi read show up in the count
        return new FanOutRound(name, "hook call", hookCall, arrivals, title,
            gateway.Sandbox.Requests.Snapshot(), Stopwatch.GetElapsedTime(written, hookCall));
    }

    private static async Task<FanOutRound> DirectAsync(Gateway gateway, ChangeHub hub, HttpClient sandboxHttp, IReadOnlyList<FanOutClient> clients)
    {
        var title = $"fanout direct {Guid.NewGuid():N}";
        // The hook's delivery of this ticket must not arrive as a second event: it waits until the sandbox stops.
        gateway.Sandbox.Knobs.HookDeliveryDelayMilliseconds = (int)TimeSpan.FromHours(1).TotalMilliseconds;
        var id = await CreateTicketAsync(sandboxHttp, title);
        gateway.Sandbox.Requests.Reset();
        var start = Stopwatch.GetTimestamp();
        var delivering = hub.DeliverAsync(EntityChange.Of(gateway.Services.GetRequiredService<CasaviAccounts>().Default!, "ticket.created", id), CancellationToken.None);
        var arrivals = await CollectAsync(clients, title);
        await delivering;
        await Task.Delay(200);
        return new FanOutRound("(3) ChangeHub.DeliverAsync", "DeliverAsync", start, arrivals, title, gateway.Sandbox.Requests.Snapshot(), null);
    }

    /// <summary>Each client's next message, within <see cref="EventTimeout"/>.</summary>
    private static async Task<Arrival?[]> CollectAsync(IReadOnlyList<FanOutClient> clients, string title)
    {
        using var timeout = new CancellationTokenSource(EventTimeout);
        return await Task.WhenAll(clients.Select(async client =>
        {
            try
            {
                return await client.Arrivals.ReadAsync(timeout.Token);
            }
            catch (Exception missing) when (missing is OperationCanceledException or System.Threading.Channels.ChannelClosedException)
            {
                return null;
            }
        }));
    }

    private static async Task<List<FanOutClient>> ConnectAllAsync(Uri endpoint, int subscribers)
    {
        var clients = new FanOutClient[subscribers];
        await Parallel.ForAsync(0, subscribers, new ParallelOptions { MaxDegreeOfParallelism = ConnectParallelism }, async (i, cancellationToken) =>
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            clients[i] = await FanOutClient.SubscribeAsync(endpoint, Query, timeout.Token);
        });
        return [.. clients];
    }

    private static async Task<string> CreateTicketAsync(HttpClient sandboxHttp, string title)
    {
        using var response = await sandboxHttp.PostAsJsonAsync("/_sandbox/tickets", new { title, propertyId = "P-00001" });
        response.EnsureSuccessStatusCode();
        using var ticket = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return ticket.RootElement.EnumerateObject().First(field => field.Name.Equals("id", StringComparison.OrdinalIgnoreCase)).Value.GetString()!;
    }

    private static Task WhenHooksRegisteredAsync(IServiceProvider gateway) =>
        WhenAsync(() => gateway.GetRequiredService<HookRegistrationStatus>().IsRegistered("default"), "the gateway's rest hooks registered in the sandbox");

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

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }
}
