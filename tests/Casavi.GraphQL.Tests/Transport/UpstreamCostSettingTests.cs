using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Transport;

public sealed class UpstreamCostSettingTests
{
    [Fact]
    public async Task With_expose_upstream_cost_configured_every_response_reports_it()
    {
        var gateway = new GatewayFixture(new Dictionary<string, string?> { ["Gateway:ExposeUpstreamCost"] = "true" });
        try
        {
            await gateway.InitializeAsync();
            var before = gateway.Sandbox.Requests.Total;

            var body = await gateway.PostQueryAsync(CasaviQueries.FirstProperties);

            var requests = body.GetProperty("extensions").GetProperty("casavi").GetProperty("requests").GetInt32();
            Assert.Equal(gateway.Sandbox.Requests.Total - before, requests);
            Assert.True(requests > 0);
        }
        finally
        {
            await gateway.DisposeAsync();
        }
    }
}
