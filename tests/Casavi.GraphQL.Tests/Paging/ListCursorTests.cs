using System.Buffers.Text;
using System.Text;
using Casavi.GraphQL.Kernel.Paging;
using GraphQL;

namespace Casavi.GraphQL.Tests.Paging;

public sealed class ListCursorTests
{
    private readonly CursorSigner signer = CursorSigner.WithRandomKey();

    [Fact]
    public void A_cursor_round_trips_page_link_and_offset()
    {
        var cursor = new ListCursor("units", "/v2/units?page=3", 7);

        Assert.Equal(cursor, ListCursor.Decode(cursor.Encode(signer), "units", signer));
    }

    [Theory]
    [InlineData("not base64 !")]
    [InlineData("e30")]
    [InlineData("e30.e30")]
    public void Garbage_is_a_user_error(string cursor)
    {
        var error = Assert.Throws<ExecutionError>(() => ListCursor.Decode(cursor, "units", signer));

        Assert.Equal("BAD_USER_INPUT", error.Code);
    }

    [Fact]
    public void A_cursor_of_another_list_is_refused()
    {
        var cursor = new ListCursor("contacts", null, 3).Encode(signer);

        Assert.Equal("BAD_USER_INPUT", Assert.Throws<ExecutionError>(() => ListCursor.Decode(cursor, "units", signer)).Code);
    }

    [Theory]
    [InlineData("""{"S":"units","L":"/_sandbox/knobs","O":0}""")]
    [InlineData("""{"S":"units","L":"/v2/units?page=3","O":8}""")]
    public void A_cursor_changed_by_the_client_is_refused(string forgedPayload)
    {
        var signature = new ListCursor("units", "/v2/units?page=3", 7).Encode(signer).Split('.')[1];
        var forged = $"{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(forgedPayload))}.{signature}";

        Assert.Equal("BAD_USER_INPUT", Assert.Throws<ExecutionError>(() => ListCursor.Decode(forged, "units", signer)).Code);
    }

    [Fact]
    public void A_cursor_signed_with_another_key_is_refused()
    {
        var cursor = new ListCursor("units", "/v2/units?page=3", 7).Encode(CursorSigner.WithRandomKey());

        Assert.Equal("BAD_USER_INPUT", Assert.Throws<ExecutionError>(() => ListCursor.Decode(cursor, "units", signer)).Code);
    }
}
