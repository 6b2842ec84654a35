using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Content;

[Collection(GatewayTestGroup.Name)]
public sealed class PropertyPostsTests(GatewayFixture gateway)
{
    private const string PropertyPostsEndpoint = "GET /v2/properties/{propertyId}/posts";

    [Fact]
    public async Task Property_posts_are_that_propertys_posts_filtered_by_info_board()
    {
        var property = gateway.Sandbox.Data.Posts.All()
            .GroupBy(post => post.PropertyId)
            .First(group => group.Any(post => post.ShowOnInfoboard == true) && group.Any(post => post.ShowOnInfoboard != true));
        var all = property.Select(post => post.Id).ToList();
        var onBoard = property.Where(post => post.ShowOnInfoboard == true).Select(post => post.Id).ToList();

        var read = (await gateway.PostQueryAsync(
            """
            query ($id: String!) { property(referenceId: $id) {
              all: posts(first: 100) { nodes { referenceId } }
              board: posts(first: 100, showOnInfoboard: true) { nodes { referenceId showOnInfoboard } } } }
            """,
            new { id = property.Key })).Data().GetProperty("property");

        Assert.Equal(all, read.GetProperty("all").Nodes().Select(post => post.Text("referenceId")));
        Assert.Equal(onBoard, read.GetProperty("board").Nodes().Select(post => post.Text("referenceId")));
        Assert.All(read.GetProperty("board").Nodes(), post => Assert.True(post.GetProperty("showOnInfoboard").GetBoolean()));
    }

    [Fact]
    public async Task Posts_of_many_properties_cost_one_request_each_in_one_wave()
    {
        const string Query = "{ properties(first: 5) { nodes { referenceId posts(first: 3) { nodes { referenceId title } } } } }";
        // A warm-up run takes sign-in and first-call costs out of the measured one; casavi latency makes
        // requests that run concurrently overlap, so waves count dependency, not scheduling luck.
        await gateway.PostQueryAsync(Query);
        gateway.Sandbox.Knobs.LatencyMilliseconds = 100;
        JsonElement response;
        try
        {
            response = await gateway.PostQueryAsync(Query, withCost: true);
        }
        finally
        {
            gateway.Sandbox.Knobs.Reset();
        }

        var properties = response.Data().GetProperty("properties").Nodes().ToList();
        var cost = UpstreamCost.From(response);
        Assert.Equal(5, properties.Count);
        Assert.Equal(5, cost.Count(PropertyPostsEndpoint));
        Assert.Equal(2, cost.Waves);
        foreach (var property in properties)
        {
            var expected = gateway.Sandbox.Data.Posts.All().Where(post => post.PropertyId == property.Text("referenceId")).Take(3).Select(post => post.Id);
            Assert.Equal(expected, property.GetProperty("posts").Nodes().Select(post => post.Text("referenceId")));
        }
    }

    [Fact]
    public async Task Posts_read_through_a_property_need_no_second_request_for_the_post()
    {
        var propertyId = gateway.Sandbox.Data.Posts.All()[0].PropertyId;

        var response = await gateway.PostQueryAsync(
            "query ($id: String!) { property(referenceId: $id) { posts(first: 2) { nodes { referenceId property { referenceId } } } } }",
            new { id = propertyId }, withCost: true);

        var posts = response.Data().GetProperty("property").GetProperty("posts").Nodes().ToList();
        Assert.All(posts, post => Assert.Equal(propertyId, post.GetProperty("property").Text("referenceId")));
        Assert.Equal(0, UpstreamCost.From(response).Count("GET /v2/posts/{postId}"));
    }
}
