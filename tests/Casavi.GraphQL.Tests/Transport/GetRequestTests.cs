using System.Net;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Transport;

[Collection(GatewayTestGroup.Name)]
public sealed class GetRequestTests(GatewayFixture gateway)
{
    [Fact]
    public async Task Get_executes_a_query_from_the_query_string()
    {
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.Get("query=" + Uri.EscapeDataString("{ __typename }"), GraphQLHttp.GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLHttp.GraphQLResponseJson, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Query", (await response.JsonAsync()).GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Get_reads_operation_name_and_json_variables()
    {
        var query = "query Other { __typename } query Named($name: String!) { __type(name: $name) { name } }";
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.Get(
            $"query={Uri.EscapeDataString(query)}&operationName=Named&variables={Uri.EscapeDataString("""{"name":"Query"}""")}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = (await response.JsonAsync()).GetProperty("data");
        Assert.Equal("Query", data.GetProperty("__type").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("mutation { __typename }", null)]
    [InlineData("query Read { __typename } mutation Write { __typename }", "Write")]
    public async Task Get_refuses_mutations_with_405_and_points_to_post(string query, string? operationName)
    {
        var queryString = "query=" + Uri.EscapeDataString(query) + (operationName is null ? "" : "&operationName=" + operationName);
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.Get(queryString));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        var error = (await response.JsonAsync()).GetProperty("errors")[0];
        Assert.Equal("METHOD_NOT_ALLOWED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("POST", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_runs_the_query_of_a_document_that_also_has_a_mutation()
    {
        var query = Uri.EscapeDataString("query Read { __typename } mutation Write { __typename }");
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.Get($"query={query}&operationName=Read"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", (await response.JsonAsync()).GetProperty("data").GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData("variables={not json")]
    [InlineData("extensions=[1,")]
    public async Task Get_with_invalid_json_parameters_is_a_400(string parameter)
    {
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.Get($"query={Uri.EscapeDataString("{ __typename }")}&{parameter}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_REQUEST", (await response.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Get_without_query_from_a_client_that_wants_json_is_a_400()
    {
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.Get("", accept: "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_REQUEST", (await response.JsonAsync()).FirstErrorCode());
    }
}
