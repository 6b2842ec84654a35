using Casavi.GraphQL.Kernel.Paging;
using GraphQL;

namespace Casavi.GraphQL.Tests.Paging;

public sealed class ListCursorTests
{
    [Fact]
    public void A_cursor_round_trips_page_link_and_offset()
    {
        var cursor = new ListCursor("units", "/v2/units?page=3", 7);

        Assert.Equal(cursor, ListCursor.Decode(cursor.Encode(), "units"));
    }

    [Theory]
    [InlineData("not base64 !")]
    [InlineData("e30")]
    public void Garbage_is_a_user_error(string cursor)
    {
        var error = Assert.Throws<ExecutionError>(() => ListCursor.Decode(cursor, "units"));

        Assert.Equal("BAD_USER_INPUT", error.Code);
    }

    [Fact]
    public void A_cursor_of_another_list_is_refused()
    {
        var cursor = new ListCursor("contacts", null, 3).Encode();

        Assert.Equal("BAD_USER_INPUT", Assert.Throws<ExecutionError>(() => ListCursor.Decode(cursor, "units")).Code);
    }
}
