using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Casavi.GraphQL.Tests.Infrastructure;

/// <summary>
/// The real gateway (its Program) in process. Settings go in as host configuration: Program reads
/// <c>Casavi:BaseUrl</c> before it builds the app, and app configuration added by the factory would come too late.
/// </summary>
public sealed class GatewayFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.ConfigureHostConfiguration(configuration => configuration.AddInMemoryCollection(settings));
        return base.CreateHost(builder);
    }
}
