namespace Casavi.Sandbox.Tests.Api;

/// <summary>
/// With <c>Sandbox:FirstPageNumber=1</c> pages count from 1, and with <c>Sandbox:PastLastPage=Empty</c>
/// a page past the last is empty instead of refused: the other answers casavi might give.
/// </summary>
public sealed class OneBasedPagingTests(OneBasedPagingTests.OneBasedSandbox host) : IClassFixture<OneBasedPagingTests.OneBasedSandbox>
{
    [Fact]
    public async Task The_first_page_links_page_2_and_page_1_is_the_first()
    {
        var unnamed = await host.GetJsonAsync("/v2/units");
        var one = await host.GetJsonAsync("/v2/units?page=1");

        Assert.Equal("/v2/units?page=2", unnamed.GetProperty("_links").GetProperty("next").GetString());
        Assert.Equal(unnamed.GetRawText(), one.GetRawText());
    }

    [Fact]
    public async Task Page_0_is_refused()
    {
        using var response = await host.Client.GetAsync("/v2/properties?page=0");

        await ErrorBody.AssertAsync(response, HttpStatusCode.BadRequest, "Query parameter 'page' must be an integer from 1");
    }

    [Fact]
    public async Task A_page_beyond_the_last_is_empty_without_links()
    {
        var page = await host.GetJsonAsync("/v2/properties?page=3");

        Assert.Equal(0, page.GetProperty("list").GetArrayLength());
        Assert.False(page.TryGetProperty("_links", out _));
    }

    public sealed class OneBasedSandbox : SandboxHost
    {
        protected override SandboxOptions Options => new() { FirstPageNumber = 1, PastLastPage = PastLastPage.Empty };
    }
}
