using Casavi.Contract.Integration;

namespace Casavi.Sandbox.Tests.Hooks;

/// <summary>
/// A fresh sandbox per test (no hook but the test's own, so no other delivery uses up scripted failures
/// or counts) with short retry pauses, and a receiver for its calls.
/// </summary>
public abstract class HookTestBed : IAsyncLifetime
{
    // Only guards against a hang; no test asserts how fast a delivery is.
    private static readonly TimeSpan PatienceLimit = TimeSpan.FromSeconds(30);

    protected SandboxHost Host { get; } = new QuickRetrySandbox();

    protected SandboxServer Server => Host.Server;

    protected HttpClient Client => Host.Client;

    protected HookReceiver Receiver { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Host.InitializeAsync();
        foreach (var seeded in Server.Data.RestHooks.All())
            Server.Data.RestHooks.Remove(seeded.Id);
        Receiver = await HookReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Receiver.DisposeAsync();
    }

    /// <summary>Subscribes the receiver's <paramref name="path"/> to <paramref name="eventName"/> and returns the hook's ID.</summary>
    protected async Task<string> SubscribeAsync(string eventName, string path)
    {
        using var response = await Client.PostAsync("/v2/restHooks", CasaviBody.Body(new CreateRestHook { TargetUrl = Receiver.Url(path), Event = eventName }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await CasaviBody.ReadAsync<RestHook>(response)).Id;
    }

    protected async Task<string> CreatePostAsync(string id)
    {
        using var response = await Client.PostAsync("/v2/posts", CasaviBody.Body(new { id, title = "Wasserabstellung", text = "Am Dienstag.", propertyId = "P-00001" }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return id;
    }

    /// <summary>Waits until the sandbox has ended every delivery scheduled for <paramref name="hookId"/>.</summary>
    protected Task SettledAsync(string hookId) =>
        WaitUntilAsync(() => Server.HookDeliveries.Settled(hookId) == Server.HookDeliveries.Scheduled(hookId));

    protected static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var patience = new CancellationTokenSource(PatienceLimit);
        while (!condition())
            await Task.Delay(10, patience.Token);
    }

    private sealed class QuickRetrySandbox : SandboxHost
    {
        protected override SandboxOptions Options => new() { Scale = 0.2, HookRetryDelayMilliseconds = 20 };
    }
}
