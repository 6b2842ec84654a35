using System.Net;
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
    private readonly GatewayFactory factory = new(new Dictionary<string, string?>());

    public KestrelGateway()
    {
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.Single());
    }

    /// <summary>e.g. http://127.0.0.1:41234</summary>
    public Uri BaseAddress { get; }

    public IServiceProvider Services => factory.Services;

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}
