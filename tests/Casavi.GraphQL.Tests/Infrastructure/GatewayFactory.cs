using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Casavi.GraphQL.Tests.Infrastructure;

/// <summary>
/// The real gateway (its Program) in process. Settings go in as host configuration: Program reads
/// <c>Casavi:BaseUrl</c> before it builds the app, and app configuration added by the factory would come too late.
/// The cross-request cache is off unless a test turns it on (<c>Cache:Ttl</c>): most tests count what
/// each query asks casavi, which a cache filled by the query before would hide.
/// </summary>
public sealed class GatewayFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    private static readonly Dictionary<string, string?> CacheOff = new() { ["Cache:Ttl"] = "00:00:00" };

    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.ConfigureHostConfiguration(configuration => configuration.AddInMemoryCollection(CacheOff).AddInMemoryCollection(settings));
        return base.CreateHost(builder);
    }
}
