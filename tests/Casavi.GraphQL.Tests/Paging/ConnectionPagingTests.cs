using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;
using Casavi.GraphQL.Tests.Transport;

namespace Casavi.GraphQL.Tests.Paging;

/// <summary>Connections over casavi's 25-item pages, through the real endpoint and sandbox.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class ConnectionPagingTests(GatewayFixture gateway)
{
    [Fact]
    public async Task First_60_crosses_two_casavi_page_boundaries_in_order()
    {
        var before = gateway.Sandbox.Requests.Count("GET /v2/contacts");

        var page = await PageAsync("contacts", 60, after: null);

        Assert.Equal(gateway.Sandbox.Data.Contacts.All().Take(60).Select(contact => contact.Id), page.Ids);
        Assert.True(page.HasNextPage);
        Assert.Equal(3, gateway.Sandbox.Requests.Count("GET /v2/contacts") - before);
    }

    [Fact]
    public async Task First_10_with_after_repeated_reads_what_one_first_100_reads()
    {
        var whole = await PageAsync("units", 100, after: null);
        var pieces = new List<string>();
        string? after = null;
        for (var i = 0; i < 10; i++)
        {
            var page = await PageAsync("units", 10, after);
            pieces.AddRange(page.Ids);
            Assert.Equal(i > 0, page.HasPreviousPage);
            after = page.EndCursor;
        }

        Assert.Equal(whole.Ids, pieces);
        Assert.Equal(gateway.Sandbox.Data.Units.All().Take(100).Select(unit => unit.Id), whole.Ids);
    }

    [Fact]
    public async Task Paging_to_the_end_stops_with_has_next_page_false()
    {
        var all = new List<string>();
        string? after = null;
        var hasNext = true;
        while (hasNext)
        {
            var page = await PageAsync("properties", 20, after);
            all.AddRange(page.Ids);
            (hasNext, after) = (page.HasNextPage, page.EndCursor);
        }

        Assert.Equal(gateway.Sandbox.Data.Properties.All().Select(property => property.Id), all);
    }

    [Theory]
    [InlineData("units(first: 101)", "'first' must be between 0 and 100")]
    [InlineData("units(first: -1)", "'first' must be between 0 and 100")]
    [InlineData("units(after: \"bm90IGEgY3Vyc29y\")", "The cursor is not valid for this list")]
    public async Task Bad_paging_arguments_are_user_errors(string field, string message)
    {
        var response = await gateway.PostQueryAsync($"{{ {field} {{ nodes {{ name }} }} }}");

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cursor_of_another_list_is_refused()
    {
        var contacts = await PageAsync("contacts", 5, after: null);

        var response = await gateway.PostQueryAsync($"{{ units(after: \"{contacts.EndCursor}\") {{ nodes {{ name }} }} }}");

        Assert.Equal("BAD_USER_INPUT", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Last_pages_from_the_end_of_the_list_and_before_goes_back_from_there()
    {
        var all = gateway.Sandbox.Data.Units.All().Select(unit => unit.Id).ToList();

        var last = await gateway.PostQueryAsync("{ units(last: 5) { totalCount nodes { referenceId } pageInfo { startCursor hasPreviousPage hasNextPage } } }");
        var units = last.GetProperty("data").GetProperty("units");
        var before = await gateway.PostQueryAsync(
            "query($before: String) { units(last: 3, before: $before) { nodes { referenceId } } }",
            new { before = units.GetProperty("pageInfo").GetProperty("startCursor").GetString() });

        Assert.Equal(all.TakeLast(5), units.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("referenceId").GetString()));
        Assert.Equal(all.Count, units.GetProperty("totalCount").GetInt32());
        Assert.Equal((true, false), (units.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean(), units.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()));
        Assert.Equal(all.SkipLast(5).TakeLast(3), before.GetProperty("data").GetProperty("units").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("referenceId").GetString()));
    }

    [Fact]
    public async Task First_and_last_together_are_refused()
    {
        var response = await gateway.PostQueryAsync("{ units(first: 2, last: 2) { nodes { name } } }");

        Assert.Equal("BAD_USER_INPUT", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_cursor_of_forward_casavi_pages_is_refused_for_paging_back()
    {
        var page = await PageAsync("units", 30, after: null);

        var response = await gateway.PostQueryAsync($"{{ units(last: 5, before: \"{page.EndCursor}\") {{ nodes {{ name }} }} }}");

        Assert.Equal("BAD_USER_INPUT", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private Task<PageOfIds> PageAsync(string field, int first, string? after) => PageOfIds.ReadAsync(gateway, field, first, after);
}
