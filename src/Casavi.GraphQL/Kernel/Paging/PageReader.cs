using Casavi.Client.Paging;
using Casavi.Contract;
using Casavi.GraphQL.Kernel.Caching;

namespace Casavi.GraphQL.Kernel.Paging;

/// <summary>Fetches pages of one list by link, each at most once per connection, through the cross-request cache when it is on.</summary>
internal sealed class PageReader<T>(CasaviList<T> list, ICasaviPager pager, CasaviCache? cache, CancellationToken cancellationToken)
{
    private const string FirstPageKey = "";
    private readonly Dictionary<string, Page<T>> fetched = [];

    public static string? NextLink(Page<T> page) => string.IsNullOrEmpty(page.Links?.Next) ? null : page.Links.Next;

    public async Task<Page<T>> ReadAsync(string? link)
    {
        if (fetched.TryGetValue(link ?? FirstPageKey, out var known))
            return known;

        var page = cache is { Enabled: true }
            ? await cache.GetOrReadAsync($"page:{list.Scope}:{link}", token => FetchAsync(link, token), cache.Ttl, cancellationToken)
            : await FetchAsync(link, cancellationToken);
        fetched[link ?? FirstPageKey] = page;
        return page;
    }

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
