using Casavi.Contract.Integration;

namespace Casavi.Sandbox.Tests.Writes;

/// <summary>Webhooks and the vulcavo assembly-topic endpoints.</summary>
[Collection(WritableSandbox.Name)]
public sealed class IntegrationWriteTests(SandboxHost host)
{
    [Fact]
    public async Task A_hook_is_created_listed_and_deleted()
    {
        using var created = await host.Client.PostAsync("/v2/restHooks", CasaviBody.Body(new CreateRestHook { TargetUrl = "https://erp.example/hook", Event = "ticket.updated" }));
        var hook = await CasaviBody.ReadAsync<RestHook>(created);
        var listed = await host.WalkAsync("/v2/restHooks");
        using var deleted = await host.Client.DeleteAsync($"/v2/restHooks/{hook.Id}");
        using var deletedAgain = await host.Client.DeleteAsync($"/v2/restHooks/{hook.Id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains(listed, h => h.GetProperty("id").GetString() == hook.Id);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Null(host.Server.Data.RestHooks.Find(hook.Id));
        await ErrorBody.AssertAsync(deletedAgain, HttpStatusCode.NotFound, "Rest hook not found");
    }

    [Fact]
    public async Task A_hook_needs_an_absolute_http_url()
    {
        using var response = await host.Client.PostAsync("/v2/restHooks", CasaviBody.Body(new CreateRestHook { TargetUrl = "erp/hook", Event = "ticket.updated" }));

        await ErrorBody.AssertAsync(response, HttpStatusCode.BadRequest, "targetUrl must be an absolute http(s) URL");
    }

    [Fact]
    public async Task A_topic_status_is_set_with_201_and_an_empty_body()
    {
        using var response = await host.Client.PostAsync("/v2/vulcavo/assembly-topic/status", CasaviBody.Body(new AssemblyTopicStatus { TopicId = "AT-0002", Status = "voted" }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        Assert.Equal("voted", host.Server.Data.AssemblyTopics.Find("AT-0002")!.Status);
    }

    [Fact]
    public async Task A_topic_status_for_an_unknown_topic_or_an_unknown_status_is_refused()
    {
        using var unknownTopic = await host.Client.PostAsync("/v2/vulcavo/assembly-topic/status", CasaviBody.Body(new AssemblyTopicStatus { TopicId = "AT-9999", Status = "open" }));
        using var unknownStatus = await host.Client.PostAsync("/v2/vulcavo/assembly-topic/status", CasaviBody.Body(new AssemblyTopicStatus { TopicId = "AT-0001", Status = "accepted" }));

        await ErrorBody.AssertAsync(unknownTopic, HttpStatusCode.NotFound, "Assembly topic not found");
        await ErrorBody.AssertAsync(unknownStatus, HttpStatusCode.BadRequest, "status must be one of open, in_discussion, voted, closed");
    }

    [Fact]
    public async Task A_topic_is_patched_with_200_and_an_empty_body()
    {
        using var patched = await host.Client.PatchAsync("/v2/vulcavo/assembly-topic/AT-0003", CasaviBody.Body(new AssemblyTopicUpdate { Title = "Wirtschaftsplan 2027 (geändert)" }));
        using var unknown = await host.Client.PatchAsync("/v2/vulcavo/assembly-topic/AT-9999", CasaviBody.Body(new AssemblyTopicUpdate { Title = "X" }));

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Empty(await patched.Content.ReadAsStringAsync());
        var topic = host.Server.Data.AssemblyTopics.Find("AT-0003")!;
        Assert.Equal(("Wirtschaftsplan 2027 (geändert)", "open"), (topic.Title, topic.Status));
        await ErrorBody.AssertAsync(unknown, HttpStatusCode.NotFound, "Assembly topic not found");
    }

    [Fact]
    public async Task A_body_over_15_megabytes_answers_413()
    {
        var padding = new string('x', 16 * 1024 * 1024);
        using var content = new StringContent($$"""{"properties":[],"padding":"{{padding}}"}""", System.Text.Encoding.UTF8, "application/json");

        using var response = await host.Client.PostAsync("/v2/import", content);

        await ErrorBody.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge, "The request body is larger than 15 MB");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused()
    {
        using var response = await host.Client.PostAsync("/v2/posts", new StringContent("{title:", System.Text.Encoding.UTF8, "application/json"));

        await ErrorBody.AssertContainsAsync(response, HttpStatusCode.BadRequest, "Invalid request body");
    }
}
