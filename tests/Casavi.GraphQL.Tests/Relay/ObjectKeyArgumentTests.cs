using System.Text.Json;
using Casavi.GraphQL.Kernel.Relay;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Relay;

/// <summary>By-key root fields take the global `id` objects hand out, or casavi's `referenceId`: one kind of ID per argument.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class ObjectKeyArgumentTests(GatewayFixture gateway)
{
    [Fact]
    public async Task The_global_id_from_a_list_fetches_the_same_object()
    {
        var listed = (await gateway.PostQueryAsync("{ properties(first: 2) { nodes { id referenceId name } } }"))
            .GetProperty("data").GetProperty("properties").GetProperty("nodes")[1];

        var fetched = (await gateway.PostQueryAsync("query($id: ID!) { property(id: $id) { id referenceId name } }", new { id = listed.GetProperty("id").GetString() }))
            .GetProperty("data").GetProperty("property");

        Assert.Equal(listed.ToString(), fetched.ToString());
    }

    [Fact]
    public async Task The_reference_id_fetches_it_too()
    {
        var property = gateway.Sandbox.Data.Properties.All()[1];

        var fetched = (await gateway.PostQueryAsync("query($id: String!) { property(referenceId: $id) { id name } }", new { id = property.Id }))
            .GetProperty("data").GetProperty("property");

        Assert.Equal((GlobalId.Encode("Property", property.Id), property.Name), (fetched.GetProperty("id").GetString(), fetched.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task A_global_id_of_another_type_is_refused_naming_both_types()
    {
        var unitId = GlobalId.Encode("Unit", gateway.Sandbox.Data.Units.All()[0].Id);

        var error = await RefusedAsync("query($id: ID!) { property(id: $id) { name } }", new { id = unitId });

        Assert.Equal($"'{unitId}' is the global ID of a Unit, not of a Property.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_reference_id_given_as_id_is_refused_with_the_argument_it_belongs_in()
    {
        var error = await RefusedAsync("""{ property(id: "P-00001") { name } }""");

        Assert.Contains("a casavi reference ID goes in `referenceId`", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ property { name } }")]
    [InlineData("""{ property(id: "UHJvcGVydHk6UC0wMDAwMQ", referenceId: "P-00001") { name } }""")]
    public async Task Exactly_one_of_id_and_reference_id_is_required(string query)
    {
        var error = await RefusedAsync(query);

        Assert.Equal("Give the property's global `id` or its casavi `referenceId`: exactly one of them.", error.GetProperty("message").GetString());
    }

    /// <summary>Asks, asserts a BAD_USER_INPUT answer with no casavi request, and returns the error.</summary>
    private async Task<JsonElement> RefusedAsync(string query, object? variables = null)
    {
        var requests = gateway.Sandbox.Requests.Total;
        var response = await gateway.PostQueryAsync(query, variables);
        Assert.Equal(requests, gateway.Sandbox.Requests.Total);
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty("property").ValueKind);
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        return error;
    }
}
