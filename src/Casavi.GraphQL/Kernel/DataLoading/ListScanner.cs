using System.Diagnostics;
using System.Runtime.CompilerServices;
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
/// page number are followed one by one. With the pattern remembered (<see cref="PageCountHints"/>), a
/// whole list of known length is requested in one round, and a search first requests, in one round,
/// the pages its keys were last seen on and yields them out of link order: each entry there is casavi's
/// current one, and keys not found there are searched along the links as if unknown.
/// </summary>
public sealed class ListScanner(ICasaviPager pager, PageCountHints hints, IOptions<BatchingOptions> options)
{
    public async IAsyncEnumerable<T> ScanAsync<T>(
        string listKey, Func<CancellationToken, Task<Page<T>>> firstPage, WalkDemand demand, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var walk = GatewayTracing.StartListWalk(listKey);
        await hints.LoadSharedAsync(listKey, cancellationToken);
        var pages = new PageRequests<T>(pager, firstPage, cancellationToken);
        var expectedPages = hints.PagesOf(listKey) ?? 0;
        var frontier = new PageFrontier(expectedPages, demand.MinimumPages);
        var pattern = options.Value.ParallelPages ? hints.PatternOf(listKey) : null;
        var keyOf = demand.Search?.KeyReader<T>();
        var locations = keyOf is null ? null : hints.LocationsOf(listKey);
        var yielded = new HashSet<Page<T>>(ReferenceEqualityComparer.Instance);
        var ordinal = 1;
        var rounds = 1;
        var complete = false;
        try
        {
            var (located, allLocated) = pattern is null || locations is null ? ([], false) : LocatedPages(demand.Search!.Keys, locations);
            if (pattern is not null)
            {
                foreach (var first in FirstRound(demand, expectedPages, located, allLocated))
                {
                    pages.Request(first, pattern);
                    frontier.Requested(first);
                }
            }

            foreach (var at in located.Order())
            {
                if (await pages.ReadOutOfOrderAsync(at, frontier) is not { } found)
                    continue;
                Relocate(locations!, keyOf!, demand.Search!.Keys, found, at);
                yielded.Add(found);
                foreach (var item in found.List)
                    yield return item;
            }

            var page = await pages.FirstAsync();
            frontier.Read(1, page.List.Count > 0, HasNext(page));
            var learnt = !options.Value.ParallelPages ? null : HasNext(page) ? PageLinkPattern.Learn(page.Links!.Next!) : pattern;
            if (learnt != pattern)
            {
                // casavi numbers this list's pages differently now: pages requested the old way are not used.
                if (pattern is not null)
                {
                    pages.DiscardNumbered();
                    frontier = new PageFrontier(expectedPages, demand.MinimumPages);
                    frontier.Read(1, page.List.Count > 0, HasNext(page));
                }

                pattern = learnt;
                hints.Remember(listKey, pattern);
            }

            while (true)
            {
                if (yielded.Add(page))
                {
                    if (locations is not null)
                        Record(locations, keyOf!, page, ordinal);
                    foreach (var item in page.List)
                        yield return item;
                }

                var next = page.Links?.Next;
                if (string.IsNullOrEmpty(next))
                    break;
                // Each MoveNextAsync resumes in the consumer's context; the page requests belong under the walk.
                if (walk is not null) Activity.Current = walk;
                ordinal++;
                if (pattern is null || next != pattern.LinkTo(ordinal))
                {
                    page = await pages.FollowAsync(next);
                    continue;
                }

                if (!pages.Contains(ordinal))
                {
                    await pages.LearnFromAsync(frontier);
                    rounds++;
                    var pagesRead = ordinal - 1;
                    foreach (var planned in frontier.NextRound(ordinal, demand.Window(rounds, pagesRead), demand.PagesImplied(pagesRead)))
                        pages.Request(planned, pattern);
                }

                page = await pages.ReadAsync(ordinal, next);
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
            walk?.SetTag("casavi.list.requests", pages.Count);
            walk?.SetTag("casavi.list.complete", complete);
            await pages.AllSettledAsync();
        }
    }

    private static bool HasNext<T>(Page<T> page) => !string.IsNullOrEmpty(page.Links?.Next);

    /// <summary>The pages the keys sought were last seen on, and whether every key has one.</summary>
    private static (HashSet<int> Located, bool All) LocatedPages(IReadOnlyCollection<string> keys, KeyLocations locations)
    {
        var located = new HashSet<int>();
        var all = true;
        foreach (var key in keys)
        {
            if (locations.PageOf(key) is { } ordinal)
                located.Add(ordinal);
            else
                all = false;
        }

        return (located, all);
    }

    /// <summary>
    /// What goes out before any page is read: a search's located pages, with the first page when some
    /// key is not located (the walk along the links starts there); a whole list of known length at once;
    /// otherwise nothing, and the first page is asked alone (a search that ends there costs one page).
    /// </summary>
    private static IEnumerable<int> FirstRound(WalkDemand demand, int expectedPages, HashSet<int> located, bool allLocated)
    {
        if (demand.Search is null)
            return Enumerable.Range(1, expectedPages);
        return located.Count == 0 || allLocated ? located : located.Append(1).Distinct();
    }

    /// <summary>Remembers where the page's keys are, and forgets keys sought there that it no longer holds.</summary>
    private static void Relocate<T>(KeyLocations locations, Func<T, string> keyOf, IReadOnlyCollection<string> sought, Page<T> page, int ordinal)
    {
        var onPage = Record(locations, keyOf, page, ordinal);
        foreach (var key in sought)
        {
            if (locations.PageOf(key) == ordinal && !onPage.Contains(key))
                locations.Forget(key);
        }
    }

    private static HashSet<string> Record<T>(KeyLocations locations, Func<T, string> keyOf, Page<T> page, int ordinal)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in page.List)
        {
            var key = keyOf(item);
            keys.Add(key);
            locations.Record(key, ordinal);
        }

        return keys;
    }

    /// <summary>A full walk knows the page count; one stopped early knows a lower bound, so the larger count seen is kept.</summary>
    private void Remember(string listKey, PageFrontier frontier, int pagesRead, bool complete)
    {
        var count = complete ? pagesRead : frontier.LastPage ?? Math.Max(frontier.Confirmed, hints.PagesOf(listKey) ?? 0);
        hints.Remember(listKey, count);
    }
}
