using System.Net;
using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Transport;

[Collection(GatewayTestGroup.Name)]
public sealed class ContentNegotiationTests(GatewayFixture gateway)
{
    private const string InvalidQuery = "{ fieldThatDoesNotExist }";

    [Fact]
    public async Task A_validation_error_is_a_400_without_data_for_graphql_response_json()
    {
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(InvalidQuery, GraphQLHttp.GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLHttp.GraphQLResponseJson, response.Content.Headers.ContentType?.MediaType);
        var body = await response.JsonAsync();
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains("fieldThatDoesNotExist", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_validation_error_is_a_200_for_legacy_application_json()
    {
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(InvalidQuery, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.JsonAsync()).TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task A_field_error_keeps_200_because_the_query_was_executed()
    {
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.PostQuery("""{ node(id: "not-a-global-id") { id } }""", GraphQLHttp.GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("node").ValueKind);
        Assert.Equal(["node"], body.GetProperty("errors")[0].GetProperty("path").EnumerateArray().Select(segment => segment.GetString()));
    }

    [Fact]
    public async Task A_syntax_error_is_a_400_for_graphql_response_json()
    {
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.PostQuery("{ __typename", GraphQLHttp.GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).TryGetProperty("errors", out _));
    }

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("application/graphql-response+json", GraphQLHttp.GraphQLResponseJson)]
    [InlineData("application/json;q=0, */*", GraphQLHttp.GraphQLResponseJson)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLHttp.GraphQLResponseJson)]
    [InlineData("application/json", "application/json")]
    [InlineData("application/json; charset=utf-8", "application/json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    [InlineData("text/html, */*;q=0.8", "application/json")]
    public async Task The_response_media_type_follows_the_accept_header(string? accept, string expected)
    {
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.PostQuery("{ __typename }", accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml, text/html")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    public async Task An_unacceptable_accept_header_is_a_406(string accept)
    {
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.PostQuery("{ __typename }", accept));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", (await response.JsonAsync()).FirstErrorCode());
    }
}
