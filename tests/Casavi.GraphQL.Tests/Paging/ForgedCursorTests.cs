using System.Buffers.Text;
using System.Text;
using System.Text.RegularExpressions;
using Casavi.GraphQL.Kernel.Paging;
using Casavi.GraphQL.Tests.Content;
using Casavi.GraphQL.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Tests.Paging;

/// <summary>A cursor addresses only a page of its own list: a forged one is refused before casavi is asked anything.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed partial class ForgedCursorTests(GatewayFixture gateway)
{
    [Theory]
    [InlineData("/_sandbox/knobs")]
    [InlineData("/v2/units?page=1")]
    public async Task An_unsigned_cursor_naming_any_link_is_refused(string link)
    {
        var unsigned = Base64Url.EncodeToString(Encoding.UTF8.GetBytes($$"""{"S":"properties","L":"{{link}}","O":0}"""));

        await AssertRefusedAsync("properties", unsigned);
    }

    [Fact]
    public async Task A_signed_cursor_naming_another_lists_link_is_refused()
    {
        // As if the signing key had leaked: the link must still be a page of the list it claims.
        var signer = gateway.Services.OfDefaultAccount<CursorSigner>();

        await AssertRefusedAsync("properties", new ListCursor("properties", "/v2/units?page=1", 0).Encode(signer));
        await AssertRefusedAsync("properties", new ListCursor("properties", "/_sandbox/knobs?page=1", 0).Encode(signer));
    }

    [Fact]
    public async Task A_cursor_whose_offset_or_page_was_changed_is_refused()
    {
        var page = await PageOfIds.ReadAsync(gateway, "units", 30, after: null);
        var (payload, signature) = Split(page.EndCursor!);

        await AssertRefusedAsync("units", $"{Edit(payload, "\"O\":5", "\"O\":500")}.{signature}");
        await AssertRefusedAsync("units", $"{Edit(payload, PageParameter().Match(Decoded(payload)).Value, "page=9999")}.{signature}");
    }

    [Fact]
    public async Task A_valid_cursor_still_resumes_after_its_edge()
    {
        var first = await PageOfIds.ReadAsync(gateway, "units", 30, after: null);

        var second = await PageOfIds.ReadAsync(gateway, "units", 5, first.EndCursor);

        Assert.Equal(gateway.Sandbox.Data.Units.All().Skip(30).Take(5).Select(unit => unit.Id), second.Ids);
    }

    private async Task AssertRefusedAsync(string field, string cursor)
    {
        var requests = gateway.Sandbox.Requests.Total;

        var response = await gateway.PostQueryAsync($"{{ {field}(first: 5, after: \"{cursor}\") {{ nodes {{ id }} }} }}");

        Assert.Equal("BAD_USER_INPUT", response.ErrorCode());
        Assert.Equal(requests, gateway.Sandbox.Requests.Total);
    }

    private static (string Payload, string Signature) Split(string cursor) => (cursor.Split('.')[0], cursor.Split('.')[1]);

    private static string Decoded(string payload) => Encoding.UTF8.GetString(Base64Url.DecodeFromChars(payload));

    private static string Edit(string payload, string from, string to)
    {
        var json = Decoded(payload);
        Assert.Contains(from, json, StringComparison.Ordinal);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.Replace(from, to, StringComparison.Ordinal)));
    }

    [GeneratedRegex("page=[0-9]+")]
    private static partial Regex PageParameter();
}
