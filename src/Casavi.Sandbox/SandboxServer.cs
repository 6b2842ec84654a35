using Casavi.Sandbox.Data;
using Casavi.Sandbox.Data.Generation;
using Casavi.Sandbox.Faults;
using Casavi.Sandbox.Hooks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.Sandbox;

/// <summary>A fake casavi API v2 on a free loopback port, seeded with a German property manager's data.</summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private int disposed;

    private SandboxServer(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
        Knobs = app.Services.GetRequiredService<SandboxKnobs>();
        Requests = app.Services.GetRequiredService<RequestCounter>();
        HookDeliveries = app.Services.GetRequiredService<HookDeliveries>();
        Data = app.Services.GetRequiredService<SandboxData>();
    }

    /// <summary>Where the server listens, e.g. http://127.0.0.1:5123/ (casavi's paths start with /v2).</summary>
    public Uri BaseUrl { get; }

    public SandboxKnobs Knobs { get; }

    public RequestCounter Requests { get; }

    /// <summary>Rest-hook calls the sandbox made (attempts and successes per hook).</summary>
    public HookDeliveries HookDeliveries { get; }

    public SandboxData Data { get; }

    public static Task<SandboxServer> StartAsync(SandboxOptions options, CancellationToken ct = default) =>
        StartAsync(options, consoleLogging: null, ct);

    /// <param name="consoleLogging">
    /// The host's <c>Logging:Console</c> section, so the sandbox's lines use the same console format
    /// (e.g. JSON) as the application that embeds it.
    /// </param>
    public static async Task<SandboxServer> StartAsync(SandboxOptions options, IConfiguration? consoleLogging, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.FirstPageNumber is not (0 or 1))
            throw new ArgumentOutOfRangeException(nameof(options), options.FirstPageNumber, "Sandbox:FirstPageNumber must be 0 or 1.");
        var data = SandboxDataGenerator.Generate(options);
        var app = SandboxApplication.Build(options, data, consoleLogging);
        try
        {
            await app.StartAsync(ct);
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            return new SandboxServer(app, new Uri(address.TrimEnd('/') + "/"));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the server; later calls do nothing (a host and its container may both dispose it).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
            return;
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
