using Casavi.Client.Paging;
using Casavi.Contract;
using Casavi.GraphQL.Kernel.Caching;
using GraphQL.Types.Relay.DataObjects;

namespace Casavi.GraphQL.Kernel.Paging;

/// <summary>
/// Builds a connection over a casavi list: starts at the page and offset the <c>after</c> cursor
/// names, follows <c>_links.next</c> only while more items are needed (asking for the pages that
/// <c>first</c> still needs all at once when <paramref name="parallelPages"/>), and walks the whole
/// list only when <c>totalCount</c> is selected (reusing the pages already fetched).
/// </summary>
public static class CasaviListConnection
{
    /// <summary>casavi's fixed page size.</summary>
    private const int PageSize = 25;

    public static async Task<ConnectionResult<T>> BuildAsync<T>(
        CasaviList<T> list, PageRequest request, bool includeTotalCount, ICasaviPager pager, CursorSigner signer, Action<T>? seen, CancellationToken cancellationToken, RequestPages? requestPages = null, CasaviCache? cache = null, bool parallelPages = false)
    {
        var pages = new PageReader<T>(list, pager, requestPages ?? new RequestPages(), cache, cancellationToken);
        var start = request.After is null ? ListCursor.Start(list.Scope) : ListCursor.Decode(request.After, list.Scope, signer);
        if (start.PageLink is { } resumed && !ListPageLink.BelongsTo(resumed, list.Path))
            throw ListCursor.Invalid();
        var edges = new List<EdgeResult<T>>(request.First);
        var position = start;
        var page = await pages.ReadAsync(position.PageLink);
        var stillNeeded = request.First - (page.List.Count - position.Offset);
        if (parallelPages && stillNeeded > 0 && PageReader<T>.NextLink(page) is { } following)
            pages.Prefetch(following, (stillNeeded + PageSize - 1) / PageSize);
        bool hasNextPage;

        while (true)
        {
            var offset = position.Offset;
            for (; offset < page.List.Count && edges.Count < request.First; offset++)
            {
                seen?.Invoke(page.List[offset]);
                position = Normalize(position with { Offset = offset + 1 }, page);
                edges.Add(new EdgeResult<T>(position.Encode(signer), page.List[offset]));
            }

            var nextLink = PageReader<T>.NextLink(page);
            hasNextPage = offset < page.List.Count || nextLink is not null;
            if (edges.Count >= request.First || nextLink is null)
                break;
            page = await pages.ReadAsync(nextLink);
            position = new ListCursor(list.Scope, nextLink, 0);
        }

        var totalCount = includeTotalCount ? await pages.CountAllAsync() : (int?)null;
        await pages.SettleAsync();
        return new ConnectionResult<T>
        {
            Edges = edges,
            TotalCount = totalCount,
            PageInfo = new PageInfo
            {
                HasNextPage = hasNextPage,
                HasPreviousPage = !start.IsStart,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    /// <summary>A position at the end of a page that has a next link points at the next page instead, so resuming fetches no spent page.</summary>
    private static ListCursor Normalize<T>(ListCursor position, Page<T> page) =>
        position.Offset == page.List.Count && PageReader<T>.NextLink(page) is { } next ? position with { PageLink = next, Offset = 0 } : position;
}
