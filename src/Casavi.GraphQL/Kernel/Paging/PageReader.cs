using Casavi.Client.Paging;
using Casavi.Contract;
using Casavi.GraphQL.Kernel.Caching;
using Casavi.GraphQL.Kernel.DataLoading;

namespace Casavi.GraphQL.Kernel.Paging;

/// <summary>
/// Fetches pages of one list by link, each at most once per request (<see cref="RequestPages"/>), through
/// the cross-request cache when it is on.
/// </summary>
internal sealed class PageReader<T>(CasaviList<T> list, ICasaviPager pager, RequestPages requestPages, CasaviCache? cache, CancellationToken cancellationToken)
{
    private readonly List<Task<Page<T>>> asked = [];

    public static string? NextLink(Page<T> page) => string.IsNullOrEmpty(page.Links?.Next) ? null : page.Links.Next;

    public Task<Page<T>> ReadAsync(string? link)
    {
        var page = requestPages.GetOrRead(list.Scope, link, () => LoadAsync(link));
        asked.Add(page);
        return page;
    }

    /// <summary>
    /// Asks for <paramref name="count"/> pages from <paramref name="nextLink"/> on at once, numbered as casavi
    /// numbers them. Each is used only when a next link names it, so a list that changed meanwhile is still
    /// read exactly; one that ended sooner costs the pages asked past its end.
    /// </summary>
    public void Prefetch(string nextLink, int count)
    {
        _ = ReadAsync(nextLink);
        foreach (var link in PageLinkPattern.Following(nextLink, count - 1))
            _ = ReadAsync(link);
    }

    /// <summary>Waits for pages still in flight (prefetched, never used), so their cost lands in the request that caused it and their failures are observed.</summary>
    public async Task SettleAsync() => await ((Task)Task.WhenAll(asked)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    private async Task<Page<T>> LoadAsync(string? link) =>
        cache is { Enabled: true }
            ? await cache.GetOrReadAsync($"page:{list.Scope}:{link}", typeof(T), token => FetchAsync(link, token), cache.Ttl, cancellationToken)
            : await FetchAsync(link, cancellationToken);

    private Task<Page<T>> FetchAsync(string? link, CancellationToken token) =>
        link is null ? list.FirstPage(token) : pager.GetPageAsync<T>(link, token);

    public async Task<int> CountAllAsync()
    {
        var count = 0;
        string? link = null;
        do
        {
            var page = await ReadAsync(link);
            count += page.List.Count;
            link = NextLink(page);
        }
        while (link is not null);
        return count;
    }
}
