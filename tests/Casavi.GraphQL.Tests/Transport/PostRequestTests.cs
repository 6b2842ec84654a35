using System.Net;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Transport;

[Collection(GatewayTestGroup.Name)]
public sealed class PostRequestTests(GatewayFixture gateway)
{
    [Fact]
    public async Task Post_executes_the_query_and_answers_with_the_graphql_response_media_type()
    {
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.PostQuery("{ __typename }", GraphQLHttp.GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLHttp.GraphQLResponseJson, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var body = await response.JsonAsync();
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Post_passes_variables()
    {
        var body = await gateway.PostQueryAsync(
            "query($name: String!) { __type(name: $name) { name } }", new { name = "Query" });

        Assert.Equal("Query", body.GetProperty("data").GetProperty("__type").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Post_runs_the_operation_it_names()
    {
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.Post(
            """{"query":"query First { __typename } query Second { __schema { queryType { name } } }","operationName":"Second"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = (await response.JsonAsync()).GetProperty("data");
        Assert.False(data.TryGetProperty("__typename", out _));
        Assert.Equal("Query", data.GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Malformed_json_is_a_400_with_a_graphql_shaped_error()
    {
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.Post("""{"query": "{ __typename }" """));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("INVALID_REQUEST", body.FirstErrorCode());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("""{"operationName":"A"}""")]
    [InlineData("""{"query":"   "}""")]
    [InlineData("null")]
    public async Task A_request_without_query_is_a_400(string json)
    {
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.Post(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("INVALID_REQUEST", body.FirstErrorCode());
        Assert.Contains("query", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Other_content_types_are_a_415(string contentType)
    {
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.Post("""{"query":"{ __typename }"}""", contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", (await response.JsonAsync()).FirstErrorCode());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_a_405_that_names_the_allowed_ones(string method)
    {
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
        Assert.Equal("METHOD_NOT_ALLOWED", (await response.JsonAsync()).FirstErrorCode());
    }
}
