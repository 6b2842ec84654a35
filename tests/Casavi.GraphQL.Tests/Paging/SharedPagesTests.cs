using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Paging;

/// <summary>Connections of one request read each casavi page once, however many aliases ask for it (cache off).</summary>
public sealed class SharedPagesTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task Aliased_copies_of_a_connection_cost_what_one_costs()
    {
        var one = UpstreamCost.From(await gateway.PostQueryAsync("{ units(first: 30) { totalCount nodes { name } } }", withCost: true));
        var three = UpstreamCost.From(await gateway.PostQueryAsync(
            "{ a: units(first: 30) { totalCount nodes { name } } b: units(first: 30) { totalCount nodes { name } } c: units(first: 30) { totalCount } }", withCost: true));

        Assert.True(one.Count("GET /v2/units") > 1, one.ToString());
        Assert.Equal(one.Count("GET /v2/units"), three.Count("GET /v2/units"));
    }
}
