using System.Buffers.Text;
using System.Text.Json;

namespace Casavi.GraphQL.Kernel.Paging;

/// <summary>
/// A position in a casavi list: the page (by the link casavi gave for it; null for the first page)
/// and the offset inside it. <c>Scope</c> names the list so a cursor of one list is refused by
/// another. Encoded as payload and HMAC signature, so a client cannot choose the link it names.
/// </summary>
public sealed record ListCursor(string Scope, string? PageLink, int Offset)
{
    private const char Separator = '.';

    public static ListCursor Start(string scope) => new(scope, null, 0);

    public bool IsStart => PageLink is null && Offset == 0;

    public string Encode(CursorSigner signer)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Wire(Scope, PageLink, Offset));
        return $"{Base64Url.EncodeToString(payload)}{Separator}{Base64Url.EncodeToString(signer.Sign(payload))}";
    }

    public static ListCursor Decode(string cursor, string expectedScope, CursorSigner signer)
    {
        try
        {
            var parts = cursor.Split(Separator);
            if (parts.Length == 2)
            {
                var payload = Base64Url.DecodeFromChars(parts[0]);
                if (signer.Verifies(payload, Base64Url.DecodeFromChars(parts[1]))
                    && JsonSerializer.Deserialize<Wire>(payload) is { } wire && wire.S == expectedScope && wire.O >= 0)
                    return new ListCursor(wire.S, wire.L, wire.O);
            }
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            // Reported below as the same user error as a cursor of another list.
        }

        throw Invalid();
    }

    /// <summary>One message for every refused cursor: it tells the client what to do, not which check failed.</summary>
    public static global::GraphQL.ExecutionError Invalid() =>
        Errors.GraphQLErrors.BadUserInput("The cursor is not valid for this list; pass an endCursor or edge cursor this field returned.");

    private sealed record Wire(string S, string? L, int O);
}
