using System.Text.Json;
using Casavi.GraphQL.Tests.Content;

namespace Casavi.GraphQL.Tests.Mutations;

[Collection(MutationTestGroup.Name)]
public sealed class CreatePostTests(MutationGateway gateway) : IDisposable
{
    public const string Mutation = """
        mutation ($input: CreatePostInput!) {
          createPost(input: $input) {
            outcome
            post { id referenceId title text propertyReferenceId isImportant property { referenceId } }
            errors { __typename message path ... on NotFoundError { entityType referenceId } }
          }
        }
        """;

    private const string CreateEndpoint = "POST /v2/posts";

    private string PropertyId => gateway.Sandbox.Data.Properties.All()[0].Id;

    private Dictionary<string, object?> Input(string? id) => Input(gateway, id);

    [Fact]
    public async Task A_post_with_its_own_id_is_created_and_read_back()
    {
        var input = Input(MutationResponses.UniqueId("post"));

        var payload = (await gateway.PostQueryAsync(Mutation, new { input })).Payload("createPost");

        payload.AssertNoUserErrors();
        Assert.Equal("CREATED", payload.Text("outcome"));
        var post = payload.GetProperty("post");
        Assert.Equal(input["id"], post.Text("referenceId"));
        Assert.Equal(PropertyId, post.GetProperty("property").Text("referenceId"));
        Assert.True(post.GetProperty("isImportant").GetBoolean());
        Assert.Equal("Wasserabstellung", gateway.Sandbox.Data.Posts.Find((string)input["id"]!)!.Title);

        var readBack = (await gateway.PostQueryAsync(
            "query ($id: String!, $p: String!) { post(referenceId: $id) { id title text } property(referenceId: $p) { posts(first: 100) { nodes { referenceId } } } }",
            new { id = input["id"], p = PropertyId })).Data();
        Assert.Equal(post.Text("id"), readBack.GetProperty("post").Text("id"));
        Assert.Equal(input["text"], readBack.GetProperty("post").Text("text"));
        Assert.Contains(input["id"], readBack.GetProperty("property").GetProperty("posts").Nodes().Select(node => node.Text("referenceId")));
    }

    [Fact]
    public async Task Without_an_id_casavi_generates_one()
    {
        var input = Input(null);

        var payload = (await gateway.PostQueryAsync(Mutation, new { input })).Payload("createPost");

        payload.AssertNoUserErrors();
        var id = payload.GetProperty("post").Text("referenceId")!;
        Assert.True(Guid.TryParse(id, out _), id);
        Assert.NotNull(gateway.Sandbox.Data.Posts.Find(id));
    }

    [Fact]
    public async Task Every_input_problem_is_reported_at_once_and_casavi_is_not_called()
    {
        var input = Input(" spaced ");
        input["title"] = new string('x', 256);
        input["text"] = "   ";
        var requests = gateway.Sandbox.Requests.Total;

        var payload = (await gateway.PostQueryAsync(Mutation, new { input })).Payload("createPost");

        Assert.Equal(3, payload.UserErrors().Count);
        payload.ErrorAt("ValidationError", "input", "id");
        payload.ErrorAt("ValidationError", "input", "title");
        payload.ErrorAt("ValidationError", "input", "text");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("post").ValueKind);
        Assert.Equal(requests, gateway.Sandbox.Requests.Total);
    }

    [Theory]
    [InlineData("with/slash")]
    [InlineData("")]
    public async Task A_malformed_reference_id_is_refused(string id)
    {
        var payload = (await gateway.PostQueryAsync(Mutation, new { input = Input(id) })).Payload("createPost");

        Assert.Single(payload.UserErrors()).AssertUserError("ValidationError", "input", "id");
        Assert.Null(gateway.Sandbox.Data.Posts.Find(id));
    }

    [Fact]
    public async Task An_unknown_property_is_a_not_found_error_and_nothing_is_posted()
    {
        var input = Input(MutationResponses.UniqueId("post"));
        input["propertyId"] = "P-NOPE";
        var posts = gateway.Sandbox.Requests.Count(CreateEndpoint);

        var error = Assert.Single((await gateway.PostQueryAsync(Mutation, new { input })).Payload("createPost").UserErrors());

        error.AssertUserError("NotFoundError", "input", "propertyId");
        Assert.Equal(("Property", "P-NOPE"), (error.Text("entityType"), error.Text("referenceId")));
        Assert.Equal(posts, gateway.Sandbox.Requests.Count(CreateEndpoint));
    }

    [Fact]
    public async Task A_taken_id_is_a_conflict_error()
    {
        var taken = gateway.Sandbox.Data.Posts.All()[0];

        var payload = (await gateway.PostQueryAsync(Mutation, new { input = Input(taken.Id) })).Payload("createPost");

        Assert.Single(payload.UserErrors()).AssertUserError("ConflictError", "input", "id");
        Assert.NotEqual("Wasserabstellung", gateway.Sandbox.Data.Posts.Find(taken.Id)!.Title);
    }

    internal static Dictionary<string, object?> Input(MutationGateway gateway, string? id) => new()
    {
        ["id"] = id,
        ["title"] = "Wasserabstellung",
        ["text"] = "Am Donnerstag wird von 9 bis 12 Uhr das Wasser abgestellt.",
        ["propertyId"] = gateway.Sandbox.Data.Properties.All()[0].Id,
        ["isImportant"] = true,
    };

    public void Dispose() => gateway.Sandbox.Knobs.Reset();
}
