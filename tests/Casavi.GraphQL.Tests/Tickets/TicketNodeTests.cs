using System.Text.Json;
using Casavi.GraphQL.Kernel.Relay;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Tickets;

/// <summary>Every node type of the ticket graph round-trips through <c>node(id:)</c>.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class TicketNodeTests(GatewayFixture gateway)
{
    [Theory]
    [InlineData("Ticket", "{ tickets(first: 1) { nodes { id referenceId } } }", "tickets")]
    [InlineData("TicketType", "{ ticketTypes(first: 1) { nodes { id referenceId } } }", "ticketTypes")]
    [InlineData("TicketTypeGroup", "{ ticketTypeGroups(first: 1) { nodes { id referenceId } } }", "ticketTypeGroups")]
    [InlineData("Order", "{ orders(first: 1) { nodes { id referenceId } } }", "orders")]
    [InlineData("OrderType", "{ orderTypes(first: 1) { nodes { id referenceId } } }", "orderTypes")]
    [InlineData("TicketChecklist", "{ checklists(first: 1) { nodes { id referenceId } } }", "checklists")]
    public async Task A_listed_object_is_found_again_by_its_global_id(string typeName, string listQuery, string listField)
    {
        var listed = (await gateway.PostQueryAsync(listQuery)).GetProperty("data").GetProperty(listField).GetProperty("nodes")[0];

        await AssertRoundTripAsync(typeName, listed);
    }

    [Fact]
    public async Task A_survey_is_found_again_by_its_global_id()
    {
        var ticketId = gateway.Sandbox.Data.Surveys.All()[0].TicketId;
        var body = await gateway.PostQueryAsync("query ($id: String!) { ticket(referenceId: $id) { surveys { id referenceId } } }", new { id = ticketId });
        var listed = body.GetProperty("data").GetProperty("ticket").GetProperty("surveys")[0];

        await AssertRoundTripAsync("TicketSurvey", listed);
    }

    [Fact]
    public async Task A_global_id_of_a_missing_order_is_not_found()
    {
        var missingId = GlobalId.Encode("Order", "O-NOPE");

        var body = await gateway.PostQueryAsync("query ($id: ID!) { node(id: $id) { id } }", new { id = missingId });

        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("node").ValueKind);
        Assert.Equal("NOT_FOUND", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task AssertRoundTripAsync(string typeName, JsonElement listed)
    {
        var id = listed.GetProperty("id").GetString();
        var body = await gateway.PostQueryAsync(
            $"query ($id: ID!) {{ node(id: $id) {{ __typename id ... on {typeName} {{ referenceId }} }} }}",
            new { id });

        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var node = body.GetProperty("data").GetProperty("node");
        Assert.Equal(typeName, node.GetProperty("__typename").GetString());
        Assert.Equal(id, node.GetProperty("id").GetString());
        Assert.Equal(listed.GetProperty("referenceId").GetString(), node.GetProperty("referenceId").GetString());
    }
}
