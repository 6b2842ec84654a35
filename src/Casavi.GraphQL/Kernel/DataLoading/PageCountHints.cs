using System.Collections.Concurrent;

namespace Casavi.GraphQL.Kernel.DataLoading;

/// <summary>
/// What is remembered of each list across requests, never its data: how many pages it had when last
/// walked, how its links number pages, and on which page each key sought in it was seen. The next walk
/// can then ask for the pages it expects without probing for the end, and a search for known keys can
/// ask for exactly their pages. Page counts and numbering are also kept in <paramref name="shared"/>
/// (when the cache is on), so they survive restarts and reach other replicas; key locations stay here.
/// </summary>
public sealed class PageCountHints(IListShapeStore? shared = null)
{
    /// <summary>
    /// Keys remembered per list. A key and its page take about 100 bytes, so a list costs at most some
    /// 5 MB; lists searched key by key are resources' own lists (a fixed set), and one longer than
    /// this (2,000 pages) is searched without locations for the keys beyond it.
    /// </summary>
    public const int LocatedKeysPerList = 50_000;

    private readonly ConcurrentDictionary<string, int> pageCounts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PageLinkPattern> patterns = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, KeyLocations> locations = new(StringComparer.Ordinal);

    /// <summary>The page count seen last time, or null for a list not walked yet.</summary>
    public int? PagesOf(string listKey) => pageCounts.TryGetValue(listKey, out var count) ? count : null;

    public void Remember(string listKey, int pageCount)
    {
        if (pageCounts.TryGetValue(listKey, out var known) && known == pageCount)
            return;
        pageCounts[listKey] = pageCount;
        shared?.Write(listKey, new ListShape(pageCount, PatternOf(listKey)?.LinkTo(2)));
    }

    /// <summary>Takes what another replica or an earlier process learnt of the list, when this one knows nothing of it yet.</summary>
    public async ValueTask LoadSharedAsync(string listKey, CancellationToken cancellationToken)
    {
        if (shared is null || pageCounts.ContainsKey(listKey) || await shared.ReadAsync(listKey, cancellationToken) is not { } shape)
            return;
        pageCounts.TryAdd(listKey, shape.Pages);
        if (shape.SecondPageLink is { } link && PageLinkPattern.Learn(link) is { } pattern)
            patterns.TryAdd(listKey, pattern);
    }

    /// <summary>How the list's links numbered pages last time, or null when not known.</summary>
    public PageLinkPattern? PatternOf(string listKey) => patterns.GetValueOrDefault(listKey);

    /// <summary>Keeps the pattern of the list's links; null forgets it (the links no longer name page numbers).</summary>
    public void Remember(string listKey, PageLinkPattern? pattern)
    {
        if (pattern is null)
            patterns.TryRemove(listKey, out _);
        else
            patterns[listKey] = pattern;
    }

    /// <summary>Where the keys of the list were seen; empty for a list never searched by key.</summary>
    public KeyLocations LocationsOf(string listKey) => locations.GetOrAdd(listKey, _ => new KeyLocations(LocatedKeysPerList));
}
