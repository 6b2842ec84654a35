using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Tests.Infrastructure;

/// <summary>
/// The gateway on a real loopback socket (Kestrel, free port), for clients that cannot use the
/// in-memory test server, such as a browser.
/// </summary>
public sealed class KestrelGateway : IAsyncDisposable
{
    private readonly GatewayFactory factory;

    public KestrelGateway()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <param name="settings">Configuration for the gateway, as for <see cref="GatewayFactory"/>.</param>
    /// <param name="port">The loopback port to listen on; 0 takes a free one.</param>
    public KestrelGateway(IReadOnlyDictionary<string, string?> settings, int port = 0)
    {
        factory = new GatewayFactory(settings);
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.Single());
    }

    /// <summary>e.g. http://127.0.0.1:41234</summary>
    public Uri BaseAddress { get; }

    public IServiceProvider Services => factory.Services;

    /// <summary>A loopback port free now, for settings that must name the gateway's address before it starts.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}
