using Casavi.GraphQL.Tests.Content;

namespace Casavi.GraphQL.Tests.Mutations;

[Collection(MutationTestGroup.Name)]
public sealed class RestHookMutationTests(MutationGateway gateway) : IDisposable
{
    private const string Register = """
        mutation ($input: RegisterRestHookInput!) {
          registerRestHook(input: $input) { restHook { id referenceId targetUrl event } errors { __typename message path } }
        }
        """;

    private const string Remove = """
        mutation ($input: RemoveRestHookInput!) {
          removeRestHook(input: $input) { removedId errors { __typename message path ... on NotFoundError { entityType referenceId } } }
        }
        """;

    [Fact]
    public async Task A_hook_is_registered_listed_and_removed()
    {
        var input = new { targetUrl = "https://erp.example.com/hooks/casavi/posts", @event = "post.created" };

        var hook = (await gateway.PostQueryAsync(Register, new { input })).Payload("registerRestHook");

        hook.AssertNoUserErrors();
        var id = hook.GetProperty("restHook").Text("referenceId")!;
        Assert.Equal(input.targetUrl, gateway.Sandbox.Data.RestHooks.Find(id)!.TargetUrl);
        Assert.Contains(id, await ListedIdsAsync());

        var removed = (await gateway.PostQueryAsync(Remove, new { input = new { id } })).Payload("removeRestHook");

        removed.AssertNoUserErrors();
        Assert.Equal(id, removed.Text("removedId"));
        Assert.Null(gateway.Sandbox.Data.RestHooks.Find(id));
        Assert.DoesNotContain(id, await ListedIdsAsync());
    }

    [Fact]
    public async Task A_receiver_at_a_public_address_is_accepted()
    {
        var payload = (await gateway.PostQueryAsync(Register, new { input = new { targetUrl = "https://93.184.215.14/events", @event = "ticket.created" } })).Payload("registerRestHook");

        payload.AssertNoUserErrors();
        Assert.Equal("https://93.184.215.14/events", payload.GetProperty("restHook").Text("targetUrl"));
    }

    [Theory]
    [InlineData("https://localhost/x")]
    [InlineData("https://127.0.0.1/x")]
    [InlineData("https://10.0.0.1/x")]
    [InlineData("https://172.16.5.4/x")]
    [InlineData("https://192.168.1.1/x")]
    [InlineData("https://100.64.0.1/x")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://0.0.0.0/x")]
    [InlineData("https://[::1]/x")]
    [InlineData("https://[fe80::1]/x")]
    [InlineData("https://[fd00::1]/x")]
    [InlineData("https://[::ffff:10.0.0.1]/x")]
    [InlineData("http://127.0.0.1:5099/events")]
    public async Task A_receiver_that_is_not_on_the_public_internet_is_refused_without_asking_casavi(string targetUrl)
    {
        var requests = gateway.Sandbox.Requests.Total;

        var payload = (await gateway.PostQueryAsync(Register, new { input = new { targetUrl, @event = "ticket.created" } })).Payload("registerRestHook");

        Assert.Single(payload.UserErrors()).AssertUserError("ValidationError", "input", "targetUrl");
        Assert.Equal(requests, gateway.Sandbox.Requests.Total);
    }

    [Theory]
    [InlineData("/hooks/relative")]
    [InlineData("ftp://example.com/hooks")]
    [InlineData("http://erp.example.com/hooks")]
    [InlineData("https://user:secret@erp.example.com/hooks")]
    [InlineData("  ")]
    public async Task A_target_that_is_not_a_safe_absolute_url_is_refused(string targetUrl)
    {
        var hooks = gateway.Sandbox.Data.RestHooks.Count;

        var payload = (await gateway.PostQueryAsync(Register, new { input = new { targetUrl, @event = "ticket.created" } })).Payload("registerRestHook");

        Assert.Single(payload.UserErrors()).AssertUserError("ValidationError", "input", "targetUrl");
        Assert.Equal(hooks, gateway.Sandbox.Data.RestHooks.Count);
    }

    [Fact]
    public async Task A_blank_event_is_refused()
    {
        var payload = (await gateway.PostQueryAsync(Register, new { input = new { targetUrl = "https://erp.example.com/x", @event = "" } })).Payload("registerRestHook");

        Assert.Single(payload.UserErrors()).AssertUserError("ValidationError", "input", "event");
    }

    [Fact]
    public async Task Removing_an_unknown_hook_is_a_not_found_error()
    {
        var payload = (await gateway.PostQueryAsync(Remove, new { input = new { id = "H-NOPE" } })).Payload("removeRestHook");

        var error = Assert.Single(payload.UserErrors());
        error.AssertUserError("NotFoundError", "input", "id");
        Assert.Equal(("RestHook", "H-NOPE"), (error.Text("entityType"), error.Text("referenceId")));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, payload.GetProperty("removedId").ValueKind);
    }

    [Fact]
    public async Task A_registration_whose_answer_is_lost_is_not_repeated()
    {
        var posts = gateway.Sandbox.Requests.Count("POST /v2/restHooks");
        gateway.Sandbox.Knobs.ScriptFault("POST", "/v2/restHooks", 503, 1);

        var response = await gateway.PostQueryAsync(Register, new { input = new { targetUrl = "https://erp.example.com/lost", @event = "ticket.created" } });

        Assert.Equal("UPSTREAM_UNAVAILABLE", response.ErrorCode());
        Assert.Equal(posts + 1, gateway.Sandbox.Requests.Count("POST /v2/restHooks"));
    }

    private async Task<List<string?>> ListedIdsAsync() =>
        [.. (await gateway.PostQueryAsync("{ restHooks(first: 100) { nodes { referenceId } } }")).Data().GetProperty("restHooks").Nodes().Select(node => node.Text("referenceId"))];

    public void Dispose() => gateway.Sandbox.Knobs.Reset();
}
