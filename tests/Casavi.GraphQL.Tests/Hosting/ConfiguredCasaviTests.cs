using Casavi.GraphQL.Hosting;
using Casavi.GraphQL.Tests.Infrastructure;
using Casavi.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Tests.Hosting;

/// <summary>A sandbox started here plays the real casavi that operators configure.</summary>
public sealed class ConfiguredCasaviTests
{
    private static readonly SandboxOptions CasaviOptions = new() { Key = "configured-key", Secret = "configured-secret" };

    [Fact]
    public Task With_a_configured_casavi_no_sandbox_is_started() => WithGatewayAsync((casavi, gateway) =>
    {
        Assert.Null(gateway.Services.GetService<SandboxServer>());
        var upstream = gateway.Services.GetRequiredService<CasaviUpstream>();
        Assert.False(upstream.IsEmbeddedSandbox);
        Assert.Equal(casavi.BaseUrl, upstream.BaseUrl);
        return Task.CompletedTask;
    });

    [Fact]
    public Task Queries_go_to_the_configured_casavi() => WithGatewayAsync(async (casavi, gateway) =>
    {
        var before = casavi.Requests.Total;

        var body = await gateway.PostQueryAsync(CasaviQueries.FirstProperties);

        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        Assert.Equal(3, body.GetProperty("data").GetProperty("properties").GetProperty("edges").GetArrayLength());
        Assert.True(casavi.Requests.Total > before);
    });

    /// <summary>Runs <paramref name="test"/> against a gateway configured for a separately started casavi.</summary>
    private static async Task WithGatewayAsync(Func<SandboxServer, GatewayFixture, Task> test)
    {
        await using var casavi = await SandboxServer.StartAsync(CasaviOptions);
        var gateway = new GatewayFixture(new Dictionary<string, string?>
        {
            ["Casavi:BaseUrl"] = casavi.BaseUrl.ToString(),
            ["Casavi:Key"] = CasaviOptions.Key,
            ["Casavi:Secret"] = CasaviOptions.Secret,
        });
        try
        {
            await gateway.InitializeAsync();
            await test(casavi, gateway);
        }
        finally
        {
            await gateway.DisposeAsync();
        }
    }
}
