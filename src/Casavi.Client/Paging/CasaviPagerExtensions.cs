using System.Runtime.CompilerServices;
using Casavi.Contract;

namespace Casavi.Client.Paging;

public static class CasaviPagerExtensions
{
    /// <summary>
    /// The items of a list across all its pages. Lazy: a page is fetched only when the consumer asks
    /// for an item beyond the pages fetched so far.
    /// </summary>
    public static async IAsyncEnumerable<T> WalkAsync<T>(
        this ICasaviPager pager,
        Func<CancellationToken, Task<Page<T>>> firstPage,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pager);
        ArgumentNullException.ThrowIfNull(firstPage);

        var page = await firstPage(cancellationToken);
        while (true)
        {
            foreach (var item in page.List) yield return item;

            if (string.IsNullOrEmpty(page.Links?.Next)) yield break;
            page = await pager.GetPageAsync<T>(page.Links.Next, cancellationToken);
        }
    }
}
