using Casavi.GraphQL.Hosting;
using Casavi.GraphQL.Tests.Infrastructure;
using Casavi.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Tests.Hosting;

/// <summary>A sandbox started here plays the real casavi that operators configure.</summary>
public sealed class ConfiguredCasaviTests : IAsyncLifetime
{
    private readonly SandboxOptions casaviOptions = new() { Key = "configured-key", Secret = "configured-secret" };
    private SandboxServer casavi = null!;
    private GatewayFixture gateway = null!;

    public async Task InitializeAsync()
    {
        casavi = await SandboxServer.StartAsync(casaviOptions);
        gateway = new GatewayFixture(new Dictionary<string, string?>
        {
            ["Casavi:BaseUrl"] = casavi.BaseUrl.ToString(),
            ["Casavi:Key"] = casaviOptions.Key,
            ["Casavi:Secret"] = casaviOptions.Secret,
        });
        await gateway.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await gateway.DisposeAsync();
        await casavi.DisposeAsync();
    }

    [Fact]
    public void With_a_configured_casavi_no_sandbox_is_started()
    {
        Assert.Null(gateway.Services.GetService<SandboxServer>());
        var upstream = gateway.Services.GetRequiredService<CasaviUpstream>();
        Assert.False(upstream.IsEmbeddedSandbox);
        Assert.Equal(casavi.BaseUrl, upstream.BaseUrl);
    }

    [Fact]
    public async Task Queries_go_to_the_configured_casavi()
    {
        var before = casavi.Requests.Total;

        var body = await gateway.PostQueryAsync(CasaviQueries.FirstProperties);

        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        Assert.Equal(3, body.GetProperty("data").GetProperty("properties").GetProperty("edges").GetArrayLength());
        Assert.True(casavi.Requests.Total > before);
    }
}
