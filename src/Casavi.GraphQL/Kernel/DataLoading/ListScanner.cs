using System.Diagnostics;
using System.Runtime.CompilerServices;
using Casavi.Client.Paging;
using Casavi.Contract;
using Casavi.GraphQL.Kernel.Diagnostics;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Kernel.DataLoading;

/// <summary>
/// Reads a whole casavi list in as few dependent round trips as its links allow. The first walk of
/// a list follows <c>_links.next</c> page by page; when the links name page numbers, later walks
/// request every page seen last time at once (one wave), then follow links past the last one.
/// Pages are yielded in link order and only while the chain of next links goes on, so a list that
/// shrank or grew since is still read exactly.
/// </summary>
public sealed class ListScanner(ICasaviPager pager, PageCountHints hints, IOptions<BatchingOptions> options)
{
    public async IAsyncEnumerable<T> ScanAsync<T>(
        string listKey, Func<CancellationToken, Task<Page<T>>> firstPage, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var walk = GatewayTracing.StartListWalk(listKey);
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pattern = options.Value.ParallelPages && hints.TryGet(listKey, out var known) ? known : null;
        var prefetched = Prefetch<T>(pattern, abandon.Token);
        string? secondPageLink = null;
        var pageNumber = 1;
        var complete = false;
        try
        {
            var page = await firstPage(cancellationToken);
            secondPageLink = page.Links?.Next;
            while (true)
            {
                foreach (var item in page.List)
                    yield return item;

                var next = page.Links?.Next;
                if (string.IsNullOrEmpty(next))
                    break;
                // Each MoveNextAsync resumes in the consumer's context; the page requests belong under the walk.
                if (walk is not null) Activity.Current = walk;
                pageNumber++;
                page = prefetched.TryGetValue(pageNumber, out var fetching) && next == pattern!.LinkTo(pageNumber)
                    ? await fetching
                    : await pager.GetPageAsync<T>(next, cancellationToken);
            }

            complete = true;
        }
        finally
        {
            Remember(listKey, secondPageLink, pageNumber, complete);
            walk?.SetTag("casavi.list.pages", pageNumber);
            walk?.SetTag("casavi.list.pages_in_parallel", prefetched.Count);
            walk?.SetTag("casavi.list.complete", complete);

            // A consumer that stopped early (all keys found) does not need the pages still in flight.
            await abandon.CancelAsync();
            await Task.WhenAll(prefetched.Values.Select(task => task.ContinueWith(static done => _ = done.Exception, TaskScheduler.Default)));
        }
    }

    /// <summary>A full walk knows the page count; one stopped early knows only a lower bound, so the larger count seen is kept.</summary>
    private void Remember(string listKey, string? secondPageLink, int pagesSeen, bool complete)
    {
        if (secondPageLink is null)
            return;
        var count = complete || !hints.TryGet(listKey, out var known) ? pagesSeen : Math.Max(pagesSeen, known.PageCount);
        if (PageLinkPattern.From(secondPageLink, count) is { } pattern)
            hints.Remember(listKey, pattern);
    }

    private Dictionary<int, Task<Page<T>>> Prefetch<T>(PageLinkPattern? pattern, CancellationToken cancellationToken) =>
        pattern is null
            ? []
            : Enumerable.Range(2, Math.Max(0, pattern.PageCount - 1))
                .ToDictionary(page => page, page => pager.GetPageAsync<T>(pattern.LinkTo(page), cancellationToken));
}
