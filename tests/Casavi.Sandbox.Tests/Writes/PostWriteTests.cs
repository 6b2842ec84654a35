using Casavi.Contract.Content;

namespace Casavi.Sandbox.Tests.Writes;

[Collection(WritableSandbox.Name)]
public sealed class PostWriteTests(SandboxHost host)
{
    [Fact]
    public async Task A_created_post_answers_201_and_is_readable_everywhere_posts_are_listed()
    {
        var body = new CreatePost { Id = "post-write-1", Title = "Aufzugswartung", Text = "Am Montag.", PropertyId = "P-00002", AuthorId = "S-0001", ShowOnInfoboard = true };

        using var response = await host.Client.PostAsync("/v2/posts", CasaviBody.Body(body));
        var created = await CasaviBody.ReadAsync<Post>(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(("post-write-1", "P-00002", true), (created.Id, created.PropertyId, created.ShowOnInfoboard));
        Assert.Equal(host.Server.Data.Staff.Find("S-0001")!.LastName, created.AuthorName?.Split(' ')[^1]);
        Assert.Equal("Aufzugswartung", (await host.GetJsonAsync("/v2/posts/post-write-1")).GetProperty("title").GetString());
        Assert.Contains(await host.WalkAsync("/v2/posts?propertyId=P-00002"), p => p.GetProperty("id").GetString() == "post-write-1");
        Assert.Contains(await host.WalkAsync("/v2/properties/P-00002/posts?showOnInfoboard=true"), p => p.GetProperty("id").GetString() == "post-write-1");
    }

    [Fact]
    public async Task A_post_without_id_gets_a_generated_uuid()
    {
        using var response = await host.Client.PostAsync("/v2/posts", CasaviBody.Body(new CreatePost { Title = "Hinweis", Text = "Text", PropertyId = "P-00003" }));
        var created = await CasaviBody.ReadAsync<Post>(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(Guid.TryParse(created.Id, out _));
        Assert.NotNull(host.Server.Data.Posts.Find(created.Id));
    }

    [Fact]
    public async Task A_post_for_an_unknown_property_is_refused()
    {
        using var response = await host.Client.PostAsync("/v2/posts", CasaviBody.Body(new CreatePost { Title = "T", Text = "T", PropertyId = "P-99999" }));

        await ErrorBody.AssertAsync(response, HttpStatusCode.BadRequest, "propertyId: property 'P-99999' not found");
    }

    [Fact]
    public async Task A_post_without_title_is_refused()
    {
        using var response = await host.Client.PostAsync("/v2/posts", CasaviBody.Body(new { text = "Text", propertyId = "P-00001" }));

        await ErrorBody.AssertContainsAsync(response, HttpStatusCode.BadRequest, "title");
    }

    [Fact]
    public async Task A_second_post_with_the_same_id_conflicts()
    {
        var body = new CreatePost { Id = "post-write-twice", Title = "T", Text = "T", PropertyId = "P-00001" };
        using var first = await host.Client.PostAsync("/v2/posts", CasaviBody.Body(body));

        using var second = await host.Client.PostAsync("/v2/posts", CasaviBody.Body(body));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await ErrorBody.AssertAsync(second, HttpStatusCode.Conflict, "A post with id 'post-write-twice' already exists");
    }

    [Fact]
    public async Task Concurrent_creates_all_land()
    {
        var before = host.Server.Data.Posts.Count;

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            host.Client.PostAsync("/v2/posts", CasaviBody.Body(new CreatePost { Id = $"post-parallel-{i}", Title = "T", Text = "T", PropertyId = "P-00004" }))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(before + 20, host.Server.Data.Posts.Count);
        Assert.Equal(20, host.Server.Data.Posts.All().Select(p => p.InternalId).TakeLast(20).Distinct().Count());
        foreach (var response in responses)
            response.Dispose();
    }
}
