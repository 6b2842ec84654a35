using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
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
    public async Task A_body_of_unknown_length_is_read_up_to_the_limit()
    {
        var query = "{" + new string(' ', 50_000) + "__typename }";
        var tooLarge = $$"""{"query":"{ __typename }"}{{new string(' ', 1024 * 1024)}}""";
        using var client = gateway.CreateClient();

        using var answered = await client.SendAsync(Chunked(JsonSerializer.Serialize(new { query })));
        using var refused = await client.SendAsync(Chunked(tooLarge));

        Assert.Equal("Query", (await answered.JsonAsync()).GetProperty("data").GetProperty("__typename").GetString());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", (await refused.JsonAsync()).FirstErrorCode());
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

    /// <summary>A POST whose body is streamed without Content-Length, so the gateway cannot size its buffer up front.</summary>
    private static HttpRequestMessage Chunked(string json)
    {
        var pipe = new Pipe();
        pipe.Writer.Write(Encoding.UTF8.GetBytes(json));
        pipe.Writer.Complete();
        var content = new StreamContent(pipe.Reader.AsStream());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
    }
}
