using System.Net;
using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Transport;

[Collection(GatewayTestGroup.Name)]
public sealed class RequestLimitTests(GatewayFixture gateway)
{
    [Fact]
    public async Task A_body_over_one_megabyte_is_a_413()
    {
        var padding = new string(' ', 1024 * 1024);
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.Post($$"""{"query":"{ __typename }"}{{padding}}"""));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", (await response.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task A_query_longer_than_the_limit_is_refused_with_a_clear_error()
    {
        var query = "{" + new string(' ', 100_000) + "__typename }";
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.Post(JsonSerializer.Serialize(new { query })));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.JsonAsync()).GetProperty("errors")[0];
        Assert.Equal("QUERY_TOO_LONG", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("100000", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_just_under_the_limit_still_runs()
    {
        var query = "{" + new string(' ', 100_000 - "{__typename}".Length) + "__typename}";
        var body = await gateway.PostQueryAsync(query);

        Assert.Equal("Query", body.GetProperty("data").GetProperty("__typename").GetString());
    }
}
