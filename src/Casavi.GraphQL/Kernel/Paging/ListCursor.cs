using System.Buffers.Text;
using System.Text.Json;

namespace Casavi.GraphQL.Kernel.Paging;

/// <summary>
/// A position in a casavi list: the page (by the opaque link that fetched it; null for the first
/// page) and the offset inside it. <c>Scope</c> names the list so a cursor of one list is refused
/// by another.
/// </summary>
public sealed record ListCursor(string Scope, string? PageLink, int Offset)
{
    public static ListCursor Start(string scope) => new(scope, null, 0);

    public bool IsStart => PageLink is null && Offset == 0;

    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Wire(Scope, PageLink, Offset)));

    public static ListCursor Decode(string cursor, string expectedScope)
    {
        try
        {
            var wire = JsonSerializer.Deserialize<Wire>(Base64Url.DecodeFromChars(cursor));
            if (wire is not null && wire.S == expectedScope && wire.O >= 0)
                return new ListCursor(wire.S, wire.L, wire.O);
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            // Reported below as the same user error as a cursor of another list.
        }

        throw Errors.GraphQLErrors.BadUserInput("The cursor is not valid for this list; pass an endCursor or edge cursor this field returned.");
    }

    private sealed record Wire(string S, string? L, int O);
}
