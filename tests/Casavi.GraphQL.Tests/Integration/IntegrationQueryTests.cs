using Casavi.GraphQL.Tests.Content;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Integration;

[Collection(GatewayTestGroup.Name)]
public sealed class IntegrationQueryTests(GatewayFixture gateway)
{
    [Fact]
    public async Task Consumption_resources_list_every_resource()
    {
        var read = (await gateway.PostQueryAsync("{ consumptionResources { totalCount nodes { referenceId name measureUnit notes } } }"))
            .Data().GetProperty("consumptionResources");

        Assert.Equal(
            gateway.Sandbox.Data.ConsumptionResources.All().Select(resource => (resource.Id, resource.Name, resource.Unit, resource.Notes)),
            read.Nodes().Select(resource => (resource.Text("referenceId")!, resource.Text("name")!, resource.Text("measureUnit")!, resource.Text("notes"))));
        Assert.Equal(gateway.Sandbox.Data.ConsumptionResources.Count, read.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_consumption_resource_is_read_by_id()
    {
        var resource = gateway.Sandbox.Data.ConsumptionResources.All()[1];

        var read = (await gateway.PostQueryAsync("query ($id: String!) { consumptionResource(referenceId: $id) { referenceId name measureUnit } }", new { id = resource.Id }))
            .Data().GetProperty("consumptionResource");

        Assert.Equal((resource.Id, resource.Name, resource.Unit), (read.Text("referenceId"), read.Text("name"), read.Text("measureUnit")));
    }

    [Fact]
    public async Task Rest_hooks_list_the_subscriptions()
    {
        var read = (await gateway.PostQueryAsync("{ restHooks { nodes { referenceId targetUrl event createdAt } } }")).Data().GetProperty("restHooks");

        Assert.Equal(
            gateway.Sandbox.Data.RestHooks.All().Select(hook => (hook.Id, hook.TargetUrl, hook.Event)),
            read.Nodes().Select(hook => (hook.Text("referenceId")!, hook.Text("targetUrl")!, hook.Text("event")!)));
    }

    [Fact]
    public async Task An_unknown_job_is_null_with_not_found()
    {
        var response = await gateway.PostQueryAsync("{ job(referenceId: \"no-such-job\") { referenceId } }");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.GetProperty("data").GetProperty("job").ValueKind);
        Assert.Equal("NOT_FOUND", response.ErrorCode());
    }
}
