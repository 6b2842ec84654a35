using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Casavi.GraphQL.Tests.Infrastructure;

/// <summary>
/// The real gateway (its Program) in process. Settings go in as host configuration: Program reads
/// <c>Casavi:BaseUrl</c> before it builds the app, and app configuration added by the factory would come too late.
/// The cross-request cache is off unless a test turns it on (<c>Cache:Ttl</c>): most tests count what
/// each query asks casavi, which a cache filled by the query before would hide.
/// The gateway is told an address (its server, in memory or Kestrel on a port of the test's, listens elsewhere),
/// so Development defaults that assume http://localhost:5080 stay off unless a test clears <c>urls</c>.
/// </summary>
public sealed class GatewayFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    private static readonly Dictionary<string, string?> Defaults = new() { ["Cache:Ttl"] = "00:00:00", ["urls"] = "http://127.0.0.1:0" };

    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.ConfigureHostConfiguration(configuration => configuration.AddInMemoryCollection(Defaults).AddInMemoryCollection(settings));
        return base.CreateHost(builder);
    }
}
