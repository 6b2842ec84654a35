using Casavi.Client.Api;
using Casavi.Client.Diagnostics;
using Casavi.Client.Errors;
using Casavi.Client.Paging;
using Casavi.Client.Tests.Support;
using Casavi.Contract.Content;

namespace Casavi.Client.Tests;

public sealed class PagingTests
{
    private static ClientHarness ThreePagesOfProperties()
    {
        var harness = new ClientHarness();
        harness.Stub.OnApi = (request, _) => Task.FromResult(request.DecodedQuery switch
        {
            "" => StubAnswers.Page(Fixtures.Properties(1, 25), "/v2/properties?page=2"),
            "?page=2" => StubAnswers.Page(Fixtures.Properties(26, 25), $"{ClientHarness.BaseUrl}v2/properties?page=3"),
            _ => StubAnswers.Page(Fixtures.Properties(51, 3), next: null),
        });
        return harness;
    }

    [Fact]
    public async Task WalkAsync_follows_relative_and_absolute_next_links_and_stops_on_the_last_page()
    {
        await using var harness = ThreePagesOfProperties();
        var properties = harness.Get<IPropertiesApi>();

        var ids = await harness.Get<ICasaviPager>().WalkAsync(ct => properties.ListAsync(cancellationToken: ct)).Select(p => p.Id).ToListAsync();

        Assert.Equal(Fixtures.Properties(1, 53).Select(p => p.Id), ids);
        Assert.Equal(["", "?page=2", "?page=3"], harness.Stub.ApiRequests.Select(r => r.Uri.Query));
        Assert.All(harness.Stub.ApiRequests, request => Assert.Equal(StubCasavi.TokenNumber(1), request.Token));
    }

    [Fact]
    public async Task WalkAsync_is_lazy_taking_30_items_fetches_2_pages()
    {
        await using var harness = ThreePagesOfProperties();
        var properties = harness.Get<IPropertiesApi>();

        var items = await harness.Get<ICasaviPager>().WalkAsync(ct => properties.ListAsync(cancellationToken: ct)).Take(30).ToListAsync();

        Assert.Equal(30, items.Count);
        Assert.Equal(2, harness.Stub.ApiRequests.Count);
    }

    [Theory]
    [InlineData("https://elsewhere.example/v2/properties?page=2")]
    [InlineData("//elsewhere.example/v2/properties?page=2")]
    [InlineData("http://casavi.test/v2/properties?page=2")]
    [InlineData("https://casavi.test:8443/v2/properties?page=2")]
    public async Task A_next_link_to_another_origin_is_refused_without_sending_anything(string link)
    {
        await using var harness = new ClientHarness();

        var error = await Assert.ThrowsAsync<CasaviInvalidInputException>(
            () => harness.Get<ICasaviPager>().GetPageAsync<Post>(link, CancellationToken.None));

        Assert.Contains("refused", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Stub.Requests);
    }

    [Fact]
    public async Task A_next_page_is_accounted_under_the_template_of_its_first_page()
    {
        await using var harness = new ClientHarness();
        harness.Stub.OnApi = (request, _) => Task.FromResult(request.Uri.Query == ""
            ? StubAnswers.Page([Post("A")], "/v2/properties/P-1/posts?showOnInfoboard=true&page=2")
            : StubAnswers.Page([Post("B")], next: null));
        var properties = harness.Get<IPropertiesApi>();

        using var log = CasaviCallTracker.Begin();
        var posts = await harness.Get<ICasaviPager>().WalkAsync(ct => properties.ListPostsAsync("P-1", cancellationToken: ct)).ToListAsync();

        Assert.Equal(["A", "B"], posts.Select(p => p.Id));
        Assert.Equal(2, log.ByEndpoint["GET /v2/properties/{propertyId}/posts"]);
    }

    [Fact]
    public async Task A_base_url_with_a_path_prefix_keeps_it_for_every_request()
    {
        await using var harness = new ClientHarness(("BaseUrl", "https://casavi.test/proxy/casavi/"));
        harness.Stub.OnApi = (request, _) => Task.FromResult(request.Uri.Query == ""
            ? StubAnswers.Page(Fixtures.Properties(1, 25), "/proxy/casavi/v2/properties?page=2")
            : StubAnswers.Page(Fixtures.Properties(26, 1), next: null));
        var properties = harness.Get<IPropertiesApi>();

        using var log = CasaviCallTracker.Begin();
        var items = await harness.Get<ICasaviPager>().WalkAsync(ct => properties.ListAsync(cancellationToken: ct)).CountAsync();

        Assert.Equal(26, items);
        Assert.Equal(
            ["/proxy/casavi/v2/authenticate", "/proxy/casavi/v2/properties", "/proxy/casavi/v2/properties"],
            harness.Stub.Requests.Select(r => r.Uri.AbsolutePath));
        Assert.Equal(2, log.ByEndpoint["GET /v2/properties"]);
    }

    [Fact]
    public async Task A_failing_next_page_throws_the_typed_error_with_the_template()
    {
        await using var harness = new ClientHarness(("Retry:MaxRetryAttempts", "0"));
        harness.Stub.OnApi = (_, _) => Task.FromResult(StubAnswers.Error(System.Net.HttpStatusCode.BadRequest, "Unknown page"));

        var error = await Assert.ThrowsAsync<CasaviInvalidInputException>(
            () => harness.Get<ICasaviPager>().GetPageAsync<Post>("/v2/units?page=99", CancellationToken.None));

        Assert.Equal("casavi GET /v2/units answered 400 Bad Request: Unknown page", error.Message);
    }

    private static Post Post(string id) => new() { Id = id, Title = id, Text = id, PropertyId = "P-1" };
}
