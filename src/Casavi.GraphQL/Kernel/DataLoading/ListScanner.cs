using System.Diagnostics;
using System.Runtime.CompilerServices;
using Casavi.Client.Errors;
using Casavi.Client.Paging;
using Casavi.Contract;
using Casavi.GraphQL.Kernel.Diagnostics;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Kernel.DataLoading;

/// <summary>
/// Reads a casavi list in few dependent round trips. The first page's next link tells how pages are
/// numbered (<see cref="PageLinkPattern"/>); from then on pages are requested by number, in rounds
/// a <see cref="PageFrontier"/> plans from what is known (the page count seen last time, next links,
/// probes). Pages are yielded in link order and only while the chain of next links goes on and names
/// the page fetched, so a list that shrank or grew since is still read exactly. Links that name no
/// page number are followed one by one.
/// </summary>
public sealed class ListScanner(ICasaviPager pager, PageCountHints hints, IOptions<BatchingOptions> options)
{
    public async IAsyncEnumerable<T> ScanAsync<T>(
        string listKey, Func<CancellationToken, Task<Page<T>>> firstPage, WalkDemand demand, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var walk = GatewayTracing.StartListWalk(listKey);
        var requests = new Dictionary<int, Task<Page<T>>>();
        var frontier = new PageFrontier(hints.PagesOf(listKey) ?? 0, demand.MinimumPages);
        var ordinal = 1;
        var rounds = 1;
        var complete = false;
        PageLinkPattern? pattern = null;
        try
        {
            var page = await firstPage(cancellationToken);
            frontier.Read(1, page.List.Count > 0, HasNext(page));
            pattern = options.Value.ParallelPages && HasNext(page) ? PageLinkPattern.Learn(page.Links!.Next!) : null;
            while (true)
            {
                foreach (var item in page.List)
                    yield return item;

                var next = page.Links?.Next;
                if (string.IsNullOrEmpty(next))
                    break;
                // Each MoveNextAsync resumes in the consumer's context; the page requests belong under the walk.
                if (walk is not null) Activity.Current = walk;
                ordinal++;
                if (pattern is null || next != pattern.LinkTo(ordinal))
                {
                    page = await pager.GetPageAsync<T>(next, cancellationToken);
                    continue;
                }

                if (!requests.ContainsKey(ordinal))
                {
                    await LearnFromAsync(requests, frontier);
                    rounds++;
                    foreach (var planned in frontier.NextRound(ordinal, demand.Window(rounds, pagesRead: ordinal - 1)))
                        requests[planned] = pager.GetPageAsync<T>(pattern.LinkTo(planned), cancellationToken);
                }

                page = await ReadAsync(requests[ordinal], next, cancellationToken);
                frontier.Read(ordinal, page.List.Count > 0, HasNext(page));
            }

            complete = true;
        }
        finally
        {
            // Only lists read by page number are read in rounds; others are walked link by link whatever their length.
            if (pattern is not null)
                Remember(listKey, frontier, ordinal, complete);
            walk?.SetTag("casavi.list.pages", ordinal);
            walk?.SetTag("casavi.list.rounds", rounds);
            walk?.SetTag("casavi.list.requests", requests.Count + 1);
            walk?.SetTag("casavi.list.complete", complete);

            // Pages still in flight when the reader stopped early are on the wire already: cancelling would
            // hide their cost, not save it. They finish (and are counted) before the walk ends.
            await ((Task)Task.WhenAll(requests.Values)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private static bool HasNext<T>(Page<T> page) => !string.IsNullOrEmpty(page.Links?.Next);

    /// <summary>Waits for the pages still in flight (a round's probes) and records what they say of the list's length.</summary>
    private static async Task LearnFromAsync<T>(Dictionary<int, Task<Page<T>>> requests, PageFrontier frontier)
    {
        await ((Task)Task.WhenAll(requests.Values)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        foreach (var (ordinal, request) in requests)
        {
            if (request.IsCompletedSuccessfully)
                frontier.Read(ordinal, request.Result.List.Count > 0, HasNext(request.Result));
            else if (request.Exception?.InnerException is CasaviInvalidInputException or CasaviNotFoundException)
                frontier.PastTheEnd(ordinal);
        }
    }

    /// <summary>A page requested by number that failed is asked again by the link casavi gave, so a real error surfaces as casavi's.</summary>
    private async Task<Page<T>> ReadAsync<T>(Task<Page<T>> requested, string link, CancellationToken cancellationToken)
    {
        await ((Task)requested).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return requested.IsCompletedSuccessfully ? requested.Result : await pager.GetPageAsync<T>(link, cancellationToken);
    }

    /// <summary>A full walk knows the page count; one stopped early knows a lower bound, so the larger count seen is kept.</summary>
    private void Remember(string listKey, PageFrontier frontier, int pagesRead, bool complete)
    {
        var count = complete ? pagesRead : frontier.LastPage ?? Math.Max(frontier.Confirmed, hints.PagesOf(listKey) ?? 0);
        hints.Remember(listKey, count);
    }
}
