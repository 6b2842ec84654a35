using Casavi.Client.Paging;
using Casavi.Contract;

namespace Casavi.GraphQL.Kernel.Paging;

/// <summary>Fetches pages of one list by link, each at most once per connection.</summary>
internal sealed class PageReader<T>(CasaviList<T> list, ICasaviPager pager, CancellationToken cancellationToken)
{
    private const string FirstPageKey = "";
    private readonly Dictionary<string, Page<T>> fetched = [];

    public static string? NextLink(Page<T> page) => string.IsNullOrEmpty(page.Links?.Next) ? null : page.Links.Next;

    public async Task<Page<T>> ReadAsync(string? link)
    {
        if (fetched.TryGetValue(link ?? FirstPageKey, out var known))
            return known;

        var page = link is null
            ? await list.FirstPage(cancellationToken)
            : await pager.GetPageAsync<T>(link, cancellationToken);
        fetched[link ?? FirstPageKey] = page;
        return page;
    }

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
