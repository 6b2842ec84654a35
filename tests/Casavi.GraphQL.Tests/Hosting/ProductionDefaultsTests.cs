using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Hosting;

/// <summary>Outside Development the schema browser and introspection are off unless set; every response carries the security headers.</summary>
public sealed class ProductionDefaultsTests
{
    private static readonly Dictionary<string, string?> Production = new()
    {
        ["environment"] = "Production",
        ["Casavi:Upstream"] = "Sandbox",
        ["Auth:AllowAnonymous"] = "true",
    };

    [Fact]
    public async Task Production_refuses_introspection_and_serves_no_IDE()
    {
        await using var gateway = new GatewayFixture(Production);
        using var client = gateway.CreateClient();

        var response = await GatewayFixture.PostQueryAsync(client, "{ __schema { queryType { name } } }", null, withCost: false);
        Assert.Equal("INTROSPECTION_DISABLED", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var typename = await GatewayFixture.PostQueryAsync(client, "{ __typename }", null, withCost: false);
        Assert.Equal("Query", typename.GetProperty("data").GetProperty("__typename").GetString());

        using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.Accept.ParseAdd("text/html");
        using var answer = await client.SendAsync(page);
        Assert.NotEqual("text/html", answer.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Production_serves_both_when_set()
    {
        await using var gateway = new GatewayFixture(new Dictionary<string, string?>(Production) { ["Gateway:Introspection"] = "true", ["Gateway:Ide"] = "true" });
        using var client = gateway.CreateClient();

        var response = await GatewayFixture.PostQueryAsync(client, "{ __schema { queryType { name } } }", null, withCost: false);
        Assert.Equal("Query", response.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
        using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.Accept.ParseAdd("text/html");
        using var answer = await client.SendAsync(page);
        Assert.Equal("text/html", answer.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        await using var gateway = new GatewayFixture();
        using var client = gateway.CreateClient();

        using var response = await client.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("frame-ancestors 'none'", string.Join(",", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
        _ = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
