using System.Net;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Transport;

public sealed class CorsTests
{
    private const string Frontend = "https://app.example.com";

    [Fact]
    public async Task A_listed_origin_may_post_with_json_and_credentials()
    {
        await using var gateway = await StartAsync(new() { ["Gateway:Cors:AllowedOrigins:0"] = Frontend });

        using var response = await PreflightAsync(gateway, Frontend);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Frontend, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Header(response, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        var headers = Header(response, "Access-Control-Allow-Headers");
        Assert.Contains("content-type", headers, StringComparison.Ordinal);
        Assert.Contains("authorization", headers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unlisted_origin_gets_no_allow_origin()
    {
        await using var gateway = await StartAsync(new() { ["Gateway:Cors:AllowedOrigins:0"] = Frontend });

        using var response = await PreflightAsync(gateway, "https://evil.example.com");

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task By_default_no_origin_is_allowed()
    {
        await using var gateway = await StartAsync([]);

        using var response = await PreflightAsync(gateway, Frontend);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_simple_cross_origin_post_from_a_listed_origin_is_answered_with_its_origin()
    {
        await using var gateway = await StartAsync(new() { ["Gateway:Cors:AllowedOrigins:0"] = Frontend });
        using var client = gateway.CreateClient();
        using var request = GraphQLHttp.PostQuery("{ __typename }");
        request.Headers.Add("Origin", Frontend);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Frontend, Header(response, "Access-Control-Allow-Origin"));
    }

    private static async Task<GatewayFixture> StartAsync(Dictionary<string, string?> settings)
    {
        var gateway = new GatewayFixture(settings);
        await gateway.InitializeAsync();
        return gateway;
    }

    private static async Task<HttpResponseMessage> PreflightAsync(GatewayFixture gateway, string origin)
    {
        using var client = gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,authorization");
        return await client.SendAsync(request);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
