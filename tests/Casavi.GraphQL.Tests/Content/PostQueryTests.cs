using System.Globalization;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Content;

[Collection(GatewayTestGroup.Name)]
public sealed class PostQueryTests(GatewayFixture gateway)
{
    [Fact]
    public async Task A_post_is_read_with_its_attachments_and_property()
    {
        var post = gateway.Sandbox.Data.Posts.All().First(candidate => candidate.Attachments.Count > 0);

        var read = (await gateway.PostQueryAsync(
            """
            query ($id: String!) { post(referenceId: $id) {
              id referenceId internalId title text authorReferenceId authorName propertyReferenceId
              allowComments isImportant showOnInfoboard publishAt createdAt
              property { referenceId name }
              attachments { internalId name title mimeType size url } } }
            """,
            new { id = post.Id })).Data().GetProperty("post");

        Assert.Equal(post.Id, read.Text("referenceId"));
        Assert.Equal(post.InternalId, read.GetProperty("internalId").GetInt64());
        Assert.Equal(post.Title, read.Text("title"));
        Assert.Equal(post.Text, read.Text("text"));
        Assert.Equal(post.AuthorId, read.Text("authorReferenceId"));
        Assert.Equal(post.AuthorName, read.Text("authorName"));
        Assert.Equal(post.IsImportant, read.GetProperty("isImportant").GetBoolean());
        Assert.Equal(post.CreatedAt, DateTimeOffset.Parse(read.Text("createdAt")!, CultureInfo.InvariantCulture));
        Assert.Equal(post.PropertyId, read.GetProperty("property").Text("referenceId"));
        Assert.Equal(gateway.Sandbox.Data.Properties.Find(post.PropertyId)!.Name, read.GetProperty("property").Text("name"));
        Assert.Equal(
            post.Attachments.Select(attachment => (attachment.Id, attachment.Name, attachment.Type, attachment.Url)),
            read.GetProperty("attachments").EnumerateArray().Select(attachment =>
                (attachment.GetProperty("internalId").GetInt64(), attachment.Text("name"), attachment.Text("mimeType"), attachment.Text("url"))));
    }

    [Fact]
    public async Task An_unknown_post_is_null_with_not_found()
    {
        var response = await gateway.PostQueryAsync("{ post(referenceId: \"POST-NOPE\") { referenceId } }");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.GetProperty("data").GetProperty("post").ValueKind);
        Assert.Equal("NOT_FOUND", response.ErrorCode());
    }

    [Fact]
    public async Task Posts_filtered_by_property_are_that_propertys_posts_in_order()
    {
        var propertyId = gateway.Sandbox.Data.Posts.All()[0].PropertyId;
        var expected = gateway.Sandbox.Data.Posts.All().Where(post => post.PropertyId == propertyId).Select(post => post.Id).ToList();

        var posts = (await gateway.PostQueryAsync(
            "query ($p: String) { posts(propertyId: $p, first: 100) { totalCount nodes { referenceId propertyReferenceId } } }",
            new { p = propertyId })).Data().GetProperty("posts");

        Assert.Equal(expected, posts.Nodes().Select(post => post.Text("referenceId")));
        Assert.Equal(expected.Count, posts.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Posts_page_through_the_whole_list()
    {
        var first = (await gateway.PostQueryAsync("{ posts(first: 30) { pageInfo { hasNextPage endCursor } nodes { referenceId } } }")).Data().GetProperty("posts");
        var cursor = first.GetProperty("pageInfo").Text("endCursor");
        var second = (await gateway.PostQueryAsync("query ($after: String) { posts(first: 5, after: $after) { nodes { referenceId } } }", new { after = cursor }))
            .Data().GetProperty("posts");

        var seeded = gateway.Sandbox.Data.Posts.All().Select(post => post.Id).ToList();
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(seeded.Take(30), first.Nodes().Select(post => post.Text("referenceId")));
        Assert.Equal(seeded.Skip(30).Take(5), second.Nodes().Select(post => post.Text("referenceId")));
    }

    [Fact]
    public async Task A_post_is_a_node()
    {
        var post = gateway.Sandbox.Data.Posts.All()[3];
        var id = (await gateway.PostQueryAsync("query ($id: String!) { post(referenceId: $id) { id } }", new { id = post.Id })).Data().GetProperty("post").Text("id");

        var node = (await gateway.PostQueryAsync("query ($id: ID!) { node(id: $id) { __typename ... on Post { referenceId } } }", new { id })).Data().GetProperty("node");

        Assert.Equal("Post", node.Text("__typename"));
        Assert.Equal(post.Id, node.Text("referenceId"));
    }
}
