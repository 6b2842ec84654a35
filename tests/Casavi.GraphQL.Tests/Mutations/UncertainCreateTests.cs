using Casavi.GraphQL.Tests.Content;

namespace Casavi.GraphQL.Tests.Mutations;

/// <summary>
/// Creates whose answer is lost (casavi 503). The sandbox's scripted faults answer before the write is
/// applied, so "applied, answer lost" is reproduced by sending an input whose reference ID casavi
/// already holds with the same content: what the gateway sees is the same.
/// </summary>
[Collection(MutationTestGroup.Name)]
public sealed class UncertainCreateTests(MutationGateway gateway) : IDisposable
{
    private const string CreatePost = "POST /v2/posts";
    private const string ReadPost = "GET /v2/posts/{postId}";

    [Fact]
    public async Task A_post_that_was_not_applied_is_sent_once_more()
    {
        var input = CreatePostTests.Input(gateway, MutationResponses.UniqueId("post"));
        var posts = gateway.Sandbox.Requests.Count(CreatePost);
        gateway.Sandbox.Knobs.ScriptFault("POST", "/v2/posts", 503, 1);

        var payload = (await gateway.PostQueryAsync(CreatePostTests.Mutation, new { input })).Payload("createPost");

        payload.AssertNoUserErrors();
        Assert.Equal("CREATED_ON_RETRY", payload.Text("outcome"));
        Assert.Equal(posts + 2, gateway.Sandbox.Requests.Count(CreatePost));
        Assert.Single(gateway.Sandbox.Data.Posts.All(), post => post.Id == (string)input["id"]!);
    }

    [Fact]
    public async Task A_post_that_was_applied_is_recovered_without_a_second_create()
    {
        var input = CreatePostTests.Input(gateway, MutationResponses.UniqueId("post"));
        (await gateway.PostQueryAsync(CreatePostTests.Mutation, new { input })).Payload("createPost").AssertNoUserErrors();
        var (posts, reads) = (gateway.Sandbox.Requests.Count(CreatePost), gateway.Sandbox.Requests.Count(ReadPost));
        gateway.Sandbox.Knobs.ScriptFault("POST", "/v2/posts", 503, 1);

        var payload = (await gateway.PostQueryAsync(CreatePostTests.Mutation, new { input })).Payload("createPost");

        payload.AssertNoUserErrors();
        Assert.Equal("RECOVERED_AFTER_UPSTREAM_ERROR", payload.Text("outcome"));
        Assert.Equal(input["id"], payload.GetProperty("post").Text("referenceId"));
        Assert.Equal((posts + 1, reads + 1), (gateway.Sandbox.Requests.Count(CreatePost), gateway.Sandbox.Requests.Count(ReadPost)));
    }

    [Fact]
    public async Task A_different_post_under_the_same_id_is_a_conflict_not_a_recovery()
    {
        var taken = gateway.Sandbox.Data.Posts.All()[1];
        var posts = gateway.Sandbox.Requests.Count(CreatePost);
        gateway.Sandbox.Knobs.ScriptFault("POST", "/v2/posts", 503, 1);

        var payload = (await gateway.PostQueryAsync(CreatePostTests.Mutation, new { input = CreatePostTests.Input(gateway, taken.Id) })).Payload("createPost");

        Assert.Single(payload.UserErrors()).AssertUserError("ConflictError", "input", "id");
        Assert.Equal(posts + 1, gateway.Sandbox.Requests.Count(CreatePost));
    }

    [Fact]
    public async Task Without_an_id_a_lost_answer_is_reported_and_never_repeated()
    {
        var input = CreatePostTests.Input(gateway, null);
        var (posts, count) = (gateway.Sandbox.Requests.Count(CreatePost), gateway.Sandbox.Data.Posts.Count);
        gateway.Sandbox.Knobs.ScriptFault("POST", "/v2/posts", 503, 1);

        var response = await gateway.PostQueryAsync(CreatePostTests.Mutation, new { input });

        Assert.Equal("UPSTREAM_UNAVAILABLE", response.ErrorCode());
        Assert.Contains("may or may not have been applied", response.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal((posts + 1, count), (gateway.Sandbox.Requests.Count(CreatePost), gateway.Sandbox.Data.Posts.Count));
    }

    [Fact]
    public async Task A_second_lost_answer_is_reported_after_one_repeat()
    {
        var input = CreatePostTests.Input(gateway, MutationResponses.UniqueId("post"));
        var posts = gateway.Sandbox.Requests.Count(CreatePost);
        gateway.Sandbox.Knobs.ScriptFault("POST", "/v2/posts", 503, 2);

        var response = await gateway.PostQueryAsync(CreatePostTests.Mutation, new { input });

        Assert.Equal("UPSTREAM_UNAVAILABLE", response.ErrorCode());
        Assert.Equal(posts + 2, gateway.Sandbox.Requests.Count(CreatePost));
        Assert.Null(gateway.Sandbox.Data.Posts.Find((string)input["id"]!));
    }

    [Fact]
    public async Task An_appointment_that_was_not_applied_is_sent_once_more()
    {
        var input = CreateAppointmentTests.Input(gateway, MutationResponses.UniqueId("appointment"));
        gateway.Sandbox.Knobs.ScriptFault("POST", "/v2/appointments", 503, 1);

        var payload = (await gateway.PostQueryAsync(CreateAppointmentTests.Mutation, new { input })).Payload("createAppointment");

        payload.AssertNoUserErrors();
        Assert.Equal("CREATED_ON_RETRY", payload.Text("outcome"));
        Assert.NotNull(gateway.Sandbox.Data.Appointments.Find((string)input["id"]!));
    }

    public void Dispose() => gateway.Sandbox.Knobs.Reset();
}
