using GraphQL.Types.Relay.DataObjects;

namespace Casavi.GraphQL.Kernel.Paging;

/// <summary>A connection over items the gateway already holds (embedded arrays), with offset cursors.</summary>
public static class InMemoryConnection
{
    public static ConnectionResult<T> Create<T>(IReadOnlyList<T> items, PageRequest request, string scope, CursorSigner signer)
    {
        var start = request.After is null ? 0 : ListCursor.Decode(request.After, scope, signer).Offset;
        if (start > items.Count)
            throw Errors.GraphQLErrors.BadUserInput("The cursor points past the end of this list.");

        var end = Math.Min(items.Count, start + request.First);
        var edges = new List<EdgeResult<T>>(end - start);
        for (var i = start; i < end; i++)
            edges.Add(new EdgeResult<T>(new ListCursor(scope, null, i + 1).Encode(signer), items[i]));

        return new ConnectionResult<T>
        {
            Edges = edges,
            TotalCount = items.Count,
            PageInfo = new PageInfo
            {
                HasNextPage = end < items.Count,
                HasPreviousPage = start > 0,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    /// <summary>Scope for an embedded list: the owner's key, so a cursor stays with its parent.</summary>
    public static string Scope(string listName, string ownerKey) => $"{listName}:{ownerKey}";
}
