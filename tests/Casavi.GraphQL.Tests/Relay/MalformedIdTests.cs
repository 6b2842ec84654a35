using System.Text.Json;
using Casavi.GraphQL.Kernel.Relay;
using Casavi.GraphQL.Tests.Content;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Relay;

/// <summary>An ID addresses only the entity it names: one that would change the casavi URL around it is refused before casavi is asked.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class MalformedIdTests(GatewayFixture gateway)
{
    public static TheoryData<string> MalformedIds => [".", "..", "a/b", "../units", " P-1", "P-1 ", "P\u00001", "", new string('x', 256)];

    [Theory]
    [MemberData(nameof(MalformedIds))]
    public async Task A_by_id_field_refuses_it(string id)
    {
        var response = await AskCountingAsync("query($id: String!) { property(referenceId: $id) { id } }", new { id });

        Assert.Equal("BAD_USER_INPUT", response.ErrorCode());
    }

    [Theory]
    [MemberData(nameof(MalformedIds))]
    public async Task Node_refuses_a_global_id_with_it_as_key(string id)
    {
        var response = await AskCountingAsync("query($id: ID!) { node(id: $id) { id } }", new { id = GlobalId.Encode("Property", id) });

        Assert.Equal("BAD_USER_INPUT", response.ErrorCode());
    }

    [Fact]
    public async Task Nodes_refuses_more_than_100_ids()
    {
        var ids = Enumerable.Range(0, NodeQueries.MaxIds + 1).Select(i => GlobalId.Encode("Property", $"P-{i}")).ToList();

        var response = await AskCountingAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.Equal("BAD_USER_INPUT", response.ErrorCode());
        Assert.Contains("100", response.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_malformed_id_fails_only_its_own_entry_of_nodes()
    {
        var property = gateway.Sandbox.Data.Properties.All()[0].Id;
        var ids = new[] { GlobalId.Encode("Property", property), GlobalId.Encode("Property", ".."), GlobalId.Encode("Property", property) };

        var response = await gateway.PostQueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        var nodes = response.GetProperty("data").GetProperty("nodes");
        Assert.Equal([ids[0], null, ids[2]], nodes.EnumerateArray().Select(node => node.ValueKind == JsonValueKind.Null ? null : node.Text("id")));
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(["nodes", 1], error.GetProperty("path").EnumerateArray().Select(part => part.ValueKind == JsonValueKind.Number ? (object)part.GetInt32() : part.GetString()!));
    }

    /// <summary>Asks the gateway and asserts that casavi was not asked anything.</summary>
    private async Task<JsonElement> AskCountingAsync(string query, object variables)
    {
        var requests = gateway.Sandbox.Requests.Total;
        var response = await gateway.PostQueryAsync(query, variables);
        Assert.Equal(requests, gateway.Sandbox.Requests.Total);
        return response;
    }
}
