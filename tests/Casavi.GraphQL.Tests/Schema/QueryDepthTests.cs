using Casavi.GraphQL.Tests.Infrastructure;
using Casavi.GraphQL.Tests.Transport;

namespace Casavi.GraphQL.Tests.Schema;

[Collection(GatewayTestGroup.Name)]
public sealed class QueryDepthTests(GatewayFixture gateway)
{
    [Fact]
    public async Task A_query_nested_deeper_than_the_limit_is_refused_before_any_casavi_request()
    {
        // unit, then 7 × (property → units → nodes), then name: 23 levels; one unit a level keeps it within the cost limits.
        var query = "{ unit(referenceId: \"P-00001-0001\") " + string.Concat(Enumerable.Repeat("{ property { units(first: 1) { nodes ", 7)) + "{ name }" + new string('}', 21) + " }";
        var before = gateway.Sandbox.Requests.Total;
        using var client = gateway.CreateClient();
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query, GraphQLHttp.GraphQLResponseJson));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Query is too nested to execute", body, StringComparison.Ordinal);
        Assert.Contains("COMPLEXITY", body, StringComparison.Ordinal);
        Assert.Equal(before, gateway.Sandbox.Requests.Total);
    }
}
