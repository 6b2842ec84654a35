using Casavi.GraphQL.Hosting;
using Casavi.GraphQL.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Tests.Hosting;

[Collection(GatewayTestGroup.Name)]
public sealed class EmbeddedSandboxTests(GatewayFixture gateway)
{
    [Fact]
    public void Without_a_configured_casavi_the_gateway_talks_to_its_embedded_sandbox()
    {
        var upstream = gateway.Services.GetRequiredService<CasaviUpstream>();

        Assert.True(upstream.IsEmbeddedSandbox);
        Assert.Equal(gateway.Sandbox.BaseUrl, upstream.BaseUrl);
        Assert.Equal("127.0.0.1", upstream.BaseUrl.Host);
    }

    [Fact]
    public async Task Queries_reach_the_embedded_sandbox()
    {
        var before = gateway.Sandbox.Requests.Total;

        var body = await gateway.PostQueryAsync(CasaviQueries.FirstProperties);

        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        Assert.Equal(3, body.GetProperty("data").GetProperty("properties").GetProperty("edges").GetArrayLength());
        Assert.True(gateway.Sandbox.Requests.Total > before);
    }
}
