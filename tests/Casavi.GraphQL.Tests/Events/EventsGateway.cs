using System.Net.Http.Json;
using System.Text.Json;
using Casavi.Contract.Integration;
using Casavi.GraphQL.Events;
using Casavi.GraphQL.Tests.Infrastructure;
using Casavi.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Tests.Events;

/// <summary>
/// A casavi sandbox of its own and a gateway on a real loopback port it can call: the cache kept for
/// minutes, so only an event brings casavi's changes in early.
/// </summary>
public sealed class EventsGateway : IAsyncDisposable
{
    public const string SigningKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private static readonly SandboxOptions CasaviOptions = new() { Scale = 0.2 };

    private EventsGateway(SandboxServer sandbox, KestrelGateway gateway)
    {
        Sandbox = sandbox;
        Gateway = gateway;
    }

    public SandboxServer Sandbox { get; }

    public KestrelGateway Gateway { get; }

    public EventReceivingPaths Paths => Gateway.Services.GetRequiredService<EventReceivingPaths>();

    /// <summary>Where casavi calls the gateway: its own address.</summary>
    public Uri PublicUrl => Gateway.BaseAddress;

    /// <param name="settings">Settings beyond (or instead of) the usual ones, e.g. event names.</param>
    public static async Task<EventsGateway> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var sandbox = await SandboxServer.StartAsync(CasaviOptions);
        var port = KestrelGateway.FreePort();
        var all = SettingsFor(sandbox, new Uri($"http://127.0.0.1:{port}"));
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key] = value;
        return new EventsGateway(sandbox, new KestrelGateway(all, port));
    }

    /// <summary>The settings of a gateway on <paramref name="sandbox"/> that casavi reaches at <paramref name="publicUrl"/>.</summary>
    public static Dictionary<string, string?> SettingsFor(SandboxServer sandbox, Uri publicUrl, string? redis = null) => new()
    {
        ["Cache:Redis"] = redis,
        ["Casavi:BaseUrl"] = sandbox.BaseUrl.ToString(),
        ["Casavi:Key"] = CasaviOptions.Key,
        ["Casavi:Secret"] = CasaviOptions.Secret,
        ["Cache:Ttl"] = "00:10:00",
        ["Cache:FullRefresh"] = "00:10:00",
        ["Gateway:Events:PublicUrl"] = publicUrl.ToString(),
        ["Gateway:Events:SigningKey"] = SigningKey,
    };

    /// <summary>The sandbox's hooks that call this gateway's account <c>default</c>.</summary>
    public IReadOnlyList<RestHook> HooksToGateway() =>
        [.. Sandbox.Data.RestHooks.All().Where(hook => hook.TargetUrl == Paths.UrlFor("default"))];

    public static Task WhenRegisteredAsync(IServiceProvider gateway) =>
        Eventually.HoldsAsync(() => Task.FromResult(gateway.GetRequiredService<HookRegistrationStatus>().IsRegistered("default")));

    public async Task<JsonElement> PostQueryAsync(string query)
    {
        using var client = Gateway.CreateClient();
        return await GatewayFixture.PostQueryAsync(client, query, null, withCost: true);
    }

    public async Task<HttpResponseMessage> PostEventAsync(string path, object payload)
    {
        using var client = Gateway.CreateClient();
        return await client.PostAsJsonAsync(path, payload);
    }

    /// <summary>A ticket reported in casavi by someone else: the sandbox fires ticket.created.</summary>
    public async Task CreateTicketInCasaviAsync(string title, string? contactId = null)
    {
        using var client = new HttpClient { BaseAddress = Sandbox.BaseUrl };
        using var response = await client.PostAsJsonAsync("/_sandbox/tickets", new { title, propertyId = "P-00001", contactId });
        Assert.True(response.IsSuccessStatusCode, $"POST /_sandbox/tickets answered {(int)response.StatusCode}");
    }

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
