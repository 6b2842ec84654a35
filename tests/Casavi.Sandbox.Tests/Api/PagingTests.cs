namespace Casavi.Sandbox.Tests.Api;

/// <summary>
/// casavi's list envelope: 25 a page, <c>_links.next</c> repeating the filters, none on the last page.
/// Pages count from 0 by default, as in casavi's examples (<c>?page=0</c>).
/// </summary>
[Collection(ReadOnlySandbox.Name)]
public sealed class PagingTests(SandboxHost host)
{
    [Fact]
    public async Task A_page_holds_25_items_and_links_the_next_page()
    {
        var page = await host.GetJsonAsync("/v2/units");

        Assert.Equal(25, page.GetProperty("list").GetArrayLength());
        Assert.Equal("/v2/units?page=1", page.GetProperty("_links").GetProperty("next").GetString());
    }

    [Fact]
    public async Task Page_0_is_the_first_page()
    {
        var unnamed = await host.GetJsonAsync("/v2/units");
        var zero = await host.GetJsonAsync("/v2/units?page=0");

        Assert.Equal(unnamed.GetRawText(), zero.GetRawText());
    }

    [Fact]
    public async Task The_next_link_repeats_the_other_filters()
    {
        var page = await host.GetJsonAsync("/v2/units?includeInactiveContracts=true&page=3");

        Assert.Equal("/v2/units?includeInactiveContracts=true&page=4", page.GetProperty("_links").GetProperty("next").GetString());
    }

    [Fact]
    public async Task Following_the_links_yields_every_item_once_and_the_last_page_has_no_links()
    {
        var contacts = await host.WalkAsync("/v2/contacts");
        var lastPage = ((host.Server.Data.Contacts.Count + 24) / 25) - 1;
        var last = await host.GetJsonAsync($"/v2/contacts?page={lastPage}");

        Assert.Equal(host.Server.Data.Contacts.All().Select(c => c.Id), contacts.Select(c => c.GetProperty("id").GetString()));
        Assert.False(last.TryGetProperty("_links", out _));
        Assert.InRange(last.GetProperty("list").GetArrayLength(), 1, 25);
    }

    [Fact]
    public async Task A_short_list_is_one_page_without_links()
    {
        var page = await host.GetJsonAsync("/v2/tickets/types");

        Assert.Equal(12, page.GetProperty("list").GetArrayLength());
        Assert.False(page.TryGetProperty("_links", out _));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("1.5")]
    public async Task A_page_that_is_not_a_page_number_is_refused(string page)
    {
        using var response = await host.Client.GetAsync($"/v2/properties?page={page}");

        await ErrorBody.AssertAsync(response, HttpStatusCode.BadRequest, "Query parameter 'page' must be an integer from 0");
    }

    [Fact]
    public async Task A_page_beyond_the_last_is_refused()
    {
        using var response = await host.Client.GetAsync("/v2/properties?page=2");

        await ErrorBody.AssertAsync(response, HttpStatusCode.BadRequest, "Page 2 is beyond the last page (1)");
    }
}
