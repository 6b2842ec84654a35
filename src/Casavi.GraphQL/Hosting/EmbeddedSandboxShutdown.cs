using Casavi.Sandbox;
using Microsoft.Extensions.Hosting;

namespace Casavi.GraphQL.Hosting;

/// <summary>
/// Stops the embedded sandbox with the host. DI never disposes a singleton it was handed as an instance,
/// and hosted services stop after the web server, so no request is still on its way upstream.
/// </summary>
internal sealed class EmbeddedSandboxShutdown(SandboxServer sandbox) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken) => await sandbox.DisposeAsync();
}
