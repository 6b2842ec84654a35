using System.Text.Json;
using Casavi.GraphQL.Tests.Content;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Resources;

/// <summary>
/// A by-id route casavi's reference does not state (GET /v2/units/{unitId}…) may be missing, and its
/// 404 may read like "no such entity". The gateway checks such a 404 against the list until the route
/// has answered once, and reads from the list for good once the route turns out missing. Each test has
/// a gateway of its own: what the gateway learns about a route lasts as long as its process.
/// </summary>
public sealed class AssumedRouteTests
{
    private const string UnitById = "query ($id: String!) { unit(referenceId: $id) { referenceId name } }";
    private const string UnitRoute = "GET /v2/units/{unitId}";
    private const string UnitList = "GET /v2/units";

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("00:00:30")]
    public async Task A_missing_by_id_route_is_told_from_a_missing_entity_and_the_list_serves_from_then_on(string cacheTtl)
    {
        await using var gateway = await StartAsync(cacheTtl);
        gateway.Sandbox.Knobs.RemoveRoute(UnitRoute);
        var units = gateway.Sandbox.Data.Units.All();

        var first = await gateway.PostQueryAsync(UnitById, new { id = units[0].Id }, withCost: true);
        var second = await gateway.PostQueryAsync(UnitById, new { id = units[1].Id }, withCost: true);
        var missing = await gateway.PostQueryAsync(UnitById, new { id = "NO-SUCH-UNIT" });

        Assert.Equal(units[0].Name, first.Data().GetProperty("unit").Text("name"));
        Assert.Equal(1, UpstreamCost.From(first).Count(UnitRoute));
        Assert.Equal(units[1].Name, second.Data().GetProperty("unit").Text("name"));
        Assert.Equal(0, UpstreamCost.From(second).Count(UnitRoute));
        Assert.Equal("NOT_FOUND", missing.ErrorCode());
    }

    [Fact]
    public async Task A_route_answering_405_is_not_asked_again()
    {
        await using var gateway = await StartAsync();
        gateway.Sandbox.Knobs.RemoveRoute("GET /v2/contacts/{contactId}", 405);
        var contacts = gateway.Sandbox.Data.Contacts.All();
        const string ContactById = "query ($id: String!) { contact(referenceId: $id) { referenceId } }";

        var first = await gateway.PostQueryAsync(ContactById, new { id = contacts[0].Id });
        var second = await gateway.PostQueryAsync(ContactById, new { id = contacts[1].Id }, withCost: true);

        Assert.Equal(contacts[0].Id, first.Data().GetProperty("contact").Text("referenceId"));
        Assert.Equal(contacts[1].Id, second.Data().GetProperty("contact").Text("referenceId"));
        Assert.Equal(0, UpstreamCost.From(second).Count("GET /v2/contacts/{contactId}"));
    }

    [Fact]
    public async Task Once_the_route_has_answered_its_404_means_no_such_entity_without_a_list_walk()
    {
        await using var gateway = await StartAsync();
        var units = gateway.Sandbox.Data.Units.All();

        var unchecked404 = await gateway.PostQueryAsync(UnitById, new { id = "NO-SUCH-UNIT" }, withCost: true);
        var found = await gateway.PostQueryAsync(UnitById, new { id = units[0].Id });
        var trusted404 = await gateway.PostQueryAsync(UnitById, new { id = "NO-SUCH-UNIT-2" }, withCost: true);

        Assert.Equal("NOT_FOUND", unchecked404.ErrorCode());
        Assert.True(UpstreamCost.From(unchecked404).Count(UnitList) > 0, "The first 404 is checked against the list.");
        Assert.Equal(units[0].Name, found.Data().GetProperty("unit").Text("name"));
        Assert.Equal("NOT_FOUND", trusted404.ErrorCode());
        Assert.Equal(JsonValueKind.Null, trusted404.GetProperty("data").GetProperty("unit").ValueKind);
        Assert.Equal(new Dictionary<string, int> { [UnitRoute] = 1 }, UpstreamCost.From(trusted404).ByEndpoint);
    }

    private static async Task<GatewayFixture> StartAsync(string cacheTtl = "00:00:00")
    {
        var gateway = new GatewayFixture(new Dictionary<string, string?> { ["Cache:Ttl"] = cacheTtl });
        await gateway.InitializeAsync();
        return gateway;
    }
}
