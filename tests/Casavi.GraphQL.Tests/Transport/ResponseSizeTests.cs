using System.Net;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Transport;

/// <summary>Gateway:MaxResponseBytes: a larger response is replaced by RESPONSE_TOO_LARGE, a smaller one is sent whole.</summary>
public sealed class ResponseSizeTests
{
    private const int MaxBytes = 400;

    [Fact]
    public async Task A_response_over_the_cap_is_answered_with_RESPONSE_TOO_LARGE_and_null_data()
    {
        await using var gateway = new GatewayFixture(new Dictionary<string, string?> { ["Gateway:MaxResponseBytes"] = $"{MaxBytes}" });
        using var client = gateway.CreateClient();

        using var response = await client.SendAsync(GraphQLHttp.PostQuery("{ properties(first: 20) { nodes { id name } } }", GraphQLHttp.GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Content.Headers.ContentLength <= MaxBytes);
        var body = await response.JsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("data").ValueKind);
        Assert.Equal("RESPONSE_TOO_LARGE", body.FirstErrorCode());
        Assert.Single(body.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task A_response_within_the_cap_is_sent_whole_with_its_length()
    {
        await using var gateway = new GatewayFixture(new Dictionary<string, string?> { ["Gateway:MaxResponseBytes"] = $"{MaxBytes}" });
        using var client = gateway.CreateClient();

        using var response = await client.SendAsync(GraphQLHttp.PostQuery("""{ property(referenceId: "P-00001") { name } }""", GraphQLHttp.GraphQLResponseJson));

        var body = await response.JsonAsync();
        Assert.Equal(gateway.Sandbox.Data.Properties.Find("P-00001")!.Name, body.GetProperty("data").GetProperty("property").GetProperty("name").GetString());
        Assert.InRange(response.Content.Headers.ContentLength ?? 0, 1, MaxBytes);
    }
}
