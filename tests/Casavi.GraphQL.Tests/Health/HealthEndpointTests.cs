using System.Net;
using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Live_answers_without_asking_casavi()
    {
        await using var gateway = await StartAsync();
        var before = gateway.Sandbox.Requests.Total;

        var (status, body) = await GetAsync(gateway, "/health/live");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal(before, gateway.Sandbox.Requests.Total);
    }

    [Fact]
    public async Task Ready_asks_casavi_once_for_every_probe_within_the_cache_duration()
    {
        await using var gateway = await StartAsync(new() { ["Health:ReadyCacheDuration"] = "00:01:00" });
        var before = gateway.Sandbox.Requests.Total;

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => GetAsync(gateway, "/health/ready")));
        var (status, body) = await GetAsync(gateway, "/health/ready");

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("casavi").GetProperty("status").GetString());
        // One authenticate call and one authenticated read, however many probes came.
        Assert.Equal(2, gateway.Sandbox.Requests.Total - before);
    }

    [Fact]
    public async Task Ready_is_503_while_casavi_fails_and_says_so_without_casavi_details()
    {
        await using var gateway = await StartAsync(new()
        {
            ["Health:ReadyCacheDuration"] = "00:00:00",
            ["Casavi:Retry:MaxRetryAttempts"] = "0",
        });
        gateway.Sandbox.Knobs.ErrorRate = 1;

        var (status, body) = await GetAsync(gateway, "/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        var casavi = body.GetProperty("checks").GetProperty("casavi");
        Assert.Equal("Unhealthy", casavi.GetProperty("status").GetString());
        var text = body.ToString();
        Assert.DoesNotContain(gateway.Sandbox.BaseUrl.Authority, text, StringComparison.Ordinal);
        Assert.DoesNotContain("sandbox-secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/v2", text, StringComparison.Ordinal);

        gateway.Sandbox.Knobs.ErrorRate = 0;
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(gateway, "/health/ready")).Status);
    }

    [Fact]
    public async Task Ready_is_503_when_casavi_refuses_the_credentials()
    {
        await using var gateway = await StartAsync(new() { ["Health:ReadyCacheDuration"] = "00:00:00" });
        gateway.Sandbox.Knobs.ScriptFault("POST", "/v2/authenticate", 401, count: 5);

        var (status, body) = await GetAsync(gateway, "/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal(
            "casavi refused the gateway's key and secret.",
            body.GetProperty("checks").GetProperty("casavi").GetProperty("description").GetString());
    }

    private static async Task<GatewayFixture> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var gateway = new GatewayFixture(settings ?? []);
        await gateway.InitializeAsync();
        return gateway;
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(GatewayFixture gateway, string path)
    {
        using var client = gateway.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, document.RootElement.Clone());
    }
}
