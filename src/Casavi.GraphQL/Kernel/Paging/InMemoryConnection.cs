using GraphQL.Types.Relay.DataObjects;

namespace Casavi.GraphQL.Kernel.Paging;

/// <summary>A connection over items the gateway holds whole (embedded arrays, lists read whole), with offset cursors; pages both ways.</summary>
public static class InMemoryConnection
{
    public static ConnectionResult<T> Create<T>(IReadOnlyList<T> items, PageRequest request, string scope, CursorSigner signer)
    {
        // A cursor is the count of items up to and including its item: "after" skips that many, "before" keeps one less.
        var start = request.After is null ? 0 : ListCursor.Decode(request.After, scope, signer).Offset;
        var end = request.Before is null ? items.Count : ListCursor.Decode(request.Before, scope, signer).Offset - 1;
        if (start > items.Count || end > items.Count)
            throw Errors.GraphQLErrors.BadUserInput("The cursor points past the end of this list.");
        end = Math.Max(start, end);
        var (from, to) = request.Last is { } last ? (Math.Max(start, end - last), end) : (start, Math.Min(end, start + request.First));

        var edges = new List<EdgeResult<T>>(to - from);
        for (var i = from; i < to; i++)
            edges.Add(new EdgeResult<T>(new ListCursor(scope, null, i + 1).Encode(signer), items[i]));

        return new ConnectionResult<T>
        {
            Edges = edges,
            TotalCount = items.Count,
            PageInfo = new PageInfo
            {
                HasNextPage = to < items.Count,
                HasPreviousPage = from > 0,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    /// <summary>Scope for an embedded list: the owner's key, so a cursor stays with its parent.</summary>
    public static string Scope(string listName, string ownerKey) => $"{listName}:{ownerKey}";
}
