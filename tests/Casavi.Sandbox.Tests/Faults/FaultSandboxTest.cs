namespace Casavi.Sandbox.Tests.Faults;

/// <summary>
/// Each test of the fault sandbox starts from the start knobs, no pending faults, a fresh token
/// (an earlier test may have expired all tokens) and zero request counts.
/// </summary>
public abstract class FaultSandboxTest(SandboxHost host) : IAsyncLifetime
{
    protected SandboxHost Host { get; } = host;

    protected SandboxServer Server => Host.Server;

    public async Task InitializeAsync()
    {
        Server.Knobs.Reset();
        await Host.RenewTokenAsync();
        Server.Requests.Reset();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    protected HttpClient Anonymous() => new() { BaseAddress = Server.BaseUrl };
}
