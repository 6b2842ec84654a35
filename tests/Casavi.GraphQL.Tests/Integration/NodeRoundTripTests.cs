using Casavi.GraphQL.Tests.Content;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Integration;

/// <summary>Every node type of the communication and integration part comes back through <c>nodes(ids:)</c>.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class NodeRoundTripTests(GatewayFixture gateway)
{
    [Fact]
    public async Task Global_ids_of_every_type_resolve_back_to_their_objects()
    {
        var data = gateway.Sandbox.Data;
        var listed = (await gateway.PostQueryAsync(
            """
            query ($post: String!, $document: String!, $appointment: String!, $resource: String!) {
              post(referenceId: $post) { id referenceId }
              document(referenceId: $document) { id referenceId }
              appointment(referenceId: $appointment) { id referenceId }
              consumptionResource(referenceId: $resource) { id referenceId }
              documentTypes(first: 1) { nodes { id referenceId } }
              restHooks(first: 1) { nodes { id referenceId } } }
            """,
            new { post = data.Posts.All()[0].Id, document = data.Documents.All()[0].Id, appointment = data.Appointments.All()[0].Id, resource = data.ConsumptionResources.All()[0].Id }))
            .Data();
        var objects = new[]
        {
            ("Post", listed.GetProperty("post")),
            ("Document", listed.GetProperty("document")),
            ("Appointment", listed.GetProperty("appointment")),
            ("ConsumptionResource", listed.GetProperty("consumptionResource")),
            ("DocumentType", listed.GetProperty("documentTypes").Nodes().Single()),
            ("RestHook", listed.GetProperty("restHooks").Nodes().Single()),
        };

        var nodes = (await gateway.PostQueryAsync(
            "query ($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Post { referenceId } ... on Document { referenceId } ... on Appointment { referenceId } "
            + "... on ConsumptionResource { referenceId } ... on DocumentType { referenceId } ... on RestHook { referenceId } } }",
            new { ids = objects.Select(item => item.Item2.Text("id")).ToArray() })).Data().GetProperty("nodes").EnumerateArray().ToList();

        Assert.Equal(objects.Select(item => (item.Item1, item.Item2.Text("referenceId"))), nodes.Select(node => (node.Text("__typename")!, node.Text("referenceId"))));
    }
}
