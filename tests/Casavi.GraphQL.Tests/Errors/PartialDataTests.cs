using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Errors;

/// <summary>
/// A casavi failure (503 on every attempt, provoked with the sandbox's scripted faults) nulls only the
/// field whose call failed; its siblings and the other root fields keep their data.
/// </summary>
public sealed class PartialDataTests(FailingCasaviGateway failing) : IClassFixture<FailingCasaviGateway>, IDisposable
{
    private readonly GatewayFixture gateway = failing.Gateway;

    // More than the attempts the failing calls make (retries and parallel pages included).
    private const int EveryAttempt = 100;

    [Fact]
    public async Task A_503_under_ticket_orders_nulls_only_the_orders()
    {
        gateway.Sandbox.Knobs.ScriptFault("GET", "/v2/tickets/orders", 503, EveryAttempt);

        var response = await gateway.PostQueryAsync("""
            { tickets(first: 3) { nodes { referenceId title orders { referenceId } } }
              property(referenceId: "P-00001") { name } }
            """);

        var tickets = response.GetProperty("data").GetProperty("tickets").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(3, tickets.Count);
        Assert.All(tickets, ticket =>
        {
            Assert.False(string.IsNullOrEmpty(ticket.GetProperty("title").GetString()));
            Assert.Equal(JsonValueKind.Null, ticket.GetProperty("orders").ValueKind);
        });
        Assert.Equal(PropertyName("P-00001"), response.GetProperty("data").GetProperty("property").GetProperty("name").GetString());
        AssertUnavailableAt(response, ["tickets", "nodes", 0, "orders"], ["tickets", "nodes", 1, "orders"], ["tickets", "nodes", 2, "orders"]);
    }

    [Fact]
    public async Task Property_units_failing_after_the_retries_leave_the_properties_and_other_roots_intact()
    {
        gateway.Sandbox.Knobs.ScriptFault("GET", "/v2/units", 503, EveryAttempt);

        var response = await gateway.PostQueryAsync("""
            { properties(first: 2) { nodes { referenceId name units(first: 2) { nodes { name } } } }
              contacts(first: 2) { nodes { referenceId } } }
            """);

        var data = response.GetProperty("data");
        var properties = data.GetProperty("properties").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(2, properties.Count);
        Assert.All(properties, property =>
        {
            Assert.Equal(PropertyName(property.GetProperty("referenceId").GetString()!), property.GetProperty("name").GetString());
            Assert.Equal(JsonValueKind.Null, property.GetProperty("units").ValueKind);
        });
        Assert.Equal(2, data.GetProperty("contacts").GetProperty("nodes").GetArrayLength());
        AssertUnavailableAt(response, ["properties", "nodes", 0, "units"], ["properties", "nodes", 1, "units"]);
    }

    [Fact]
    public async Task A_failing_root_list_is_null_while_another_root_field_keeps_its_data()
    {
        gateway.Sandbox.Knobs.ScriptFault("GET", "/v2/contacts", 503, EveryAttempt);

        var response = await gateway.PostQueryAsync("""{ contacts(first: 2) { nodes { referenceId } } property(referenceId: "P-00002") { name } }""");

        var data = response.GetProperty("data");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("contacts").ValueKind);
        Assert.Equal(PropertyName("P-00002"), data.GetProperty("property").GetProperty("name").GetString());
        AssertUnavailableAt(response, ["contacts"]);
    }

    [Fact]
    public async Task A_failing_by_id_field_is_null_while_a_root_list_keeps_its_data()
    {
        gateway.Sandbox.Knobs.ScriptFault("GET", "/v2/units/", 503, EveryAttempt);

        var response = await gateway.PostQueryAsync("""{ unit(referenceId: "P-00001-0001") { name } properties(first: 2) { nodes { name } } }""");

        var data = response.GetProperty("data");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("unit").ValueKind);
        Assert.Equal(2, data.GetProperty("properties").GetProperty("nodes").GetArrayLength());
        AssertUnavailableAt(response, ["unit"]);
    }

    public void Dispose() => gateway.Sandbox.Knobs.Reset();

    private string? PropertyName(string id) => gateway.Sandbox.Data.Properties.Find(id)!.Name;

    /// <summary>Exactly these paths failed, each with UPSTREAM_UNAVAILABLE.</summary>
    private static void AssertUnavailableAt(JsonElement response, params object[][] paths)
    {
        var errors = response.GetProperty("errors").EnumerateArray().ToList();
        Assert.All(errors, error => Assert.Equal("UPSTREAM_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.Equal(
            paths.Select(path => string.Join('/', path)).Order(StringComparer.Ordinal),
            errors.Select(error => string.Join('/', error.GetProperty("path").EnumerateArray().Select(step => step.ToString()))).Order(StringComparer.Ordinal));
    }
}
