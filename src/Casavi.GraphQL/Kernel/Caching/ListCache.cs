using Casavi.Contract;
using Casavi.GraphQL.Kernel.DataLoading;

namespace Casavi.GraphQL.Kernel.Caching;

/// <summary>
/// Whole casavi lists, read once and served from <see cref="CasaviCache"/> until their TTL ends. A list
/// casavi can filter by <c>modifiedAfter</c> is then brought up to date with one request for the
/// items changed since (merged in place) and read whole again only every <see cref="CacheOptions.FullRefresh"/>,
/// since deletions show only in a whole read. Concurrent refreshes of one list share one read.
/// With the cache off every call reads the list.
/// </summary>
public sealed class ListCache(CasaviCache cache, ListScanner scanner, ListRefreshes refreshes, ChangedEntities changes, TimeProvider time)
{
    /// <summary>
    /// How far before the last read the changes are asked from: <c>modifiedAfter</c> is compared with
    /// casavi's clock, which may be behind the gateway's. Asking wider only re-reads a few items.
    /// </summary>
    private static readonly TimeSpan ClockAllowance = TimeSpan.FromMinutes(1);

    public bool Enabled => cache.Enabled;

    /// <summary>The whole list, from the cache when it holds it, else from casavi (then cached).</summary>
    public async Task<CachedList<T>> ReadAsync<T>(WholeList<T> list, CancellationToken cancellationToken)
    {
        if (!cache.Enabled)
            return await ReadWholeAsync(list, cancellationToken);
        var entry = await cache.GetOrReadAsync(KeyOf(list), DroppedOnChange(list), token => ReadWholeAsync(list, token), ExpirationOf, cancellationToken);
        return await UpToDateAsync(list, entry);
    }

    /// <summary>The whole list when the cache holds it (brought up to date if its TTL ended), else null without asking casavi.</summary>
    public async Task<CachedList<T>?> ReadCachedAsync<T>(WholeList<T> list, CancellationToken cancellationToken)
    {
        if (!cache.Enabled)
            return null;
        var entry = await cache.PeekAsync<CachedList<T>>(KeyOf(list), cancellationToken);
        if (entry is null)
            return null;
        if (!IsExpired(entry))
        {
            CasaviCache.CountHit();
            return entry;
        }

        return await UpToDateAsync(list, entry);
    }

    /// <summary>Starts bringing the cached list up to date when its TTL has ended; nothing when it is fresh or not cached.</summary>
    public async Task RefreshIfExpiredAsync<T>(WholeList<T> list, CancellationToken cancellationToken)
    {
        if (cache.Enabled && await cache.PeekAsync<CachedList<T>>(KeyOf(list), cancellationToken) is { } entry && IsExpired(entry))
            await UpToDateAsync(list, entry);
    }

    private static string KeyOf<T>(WholeList<T> list) => $"list:{list.Key}";

    /// <summary>
    /// Every list is kept until its next whole read is due, though served only for the TTL: an expired
    /// one is still known, so a query can start its refresh before it gets there (refresh ahead).
    /// </summary>
    private TimeSpan ExpirationOf => cache.FullRefresh;

    /// <summary>A change casavi reports drops a list it cannot bring up to date; one it can is refreshed instead (<see cref="ChangedEntities"/>).</summary>
    private static Type? DroppedOnChange<T>(WholeList<T> list) => list.ChangedSince is null ? typeof(T) : null;

    private bool IsExpired<T>(CachedList<T> entry) => time.GetUtcNow() - entry.ReadAt > cache.Ttl || changes.ChangedSince(typeof(T), entry.ReadAt);

    private async Task<CachedList<T>> UpToDateAsync<T>(WholeList<T> list, CachedList<T> entry)
    {
        var now = time.GetUtcNow();
        if (!IsExpired(entry))
            return entry;
        // Shared by every request that finds the list expired; not cancelled when the first of them goes away.
        return await refreshes.JoinAsync(KeyOf(list), () => RefreshAsync(list, entry, now));
    }

    private async Task<CachedList<T>> RefreshAsync<T>(WholeList<T> list, CachedList<T> entry, DateTimeOffset now)
    {
        var sinceWhole = now - entry.FullReadAt;
        var refreshed = list.ChangedSince is { } changedSince && sinceWhole < cache.FullRefresh
            ? entry.Merge(await ReadChangesAsync(list, changedSince, entry.ReadAt - ClockAllowance), list.KeyOf, now)
            : await ReadWholeAsync(list, CancellationToken.None);
        var remaining = cache.FullRefresh - (now - refreshed.FullReadAt);
        await cache.SetAsync(KeyOf(list), DroppedOnChange(list), refreshed, remaining, CancellationToken.None);
        return refreshed;
    }

    private async Task<IReadOnlyList<T>> ReadChangesAsync<T>(WholeList<T> list, Func<DateTimeOffset, CancellationToken, Task<Page<T>>> changedSince, DateTimeOffset since)
    {
        var changed = new List<T>();
        await foreach (var item in scanner.ScanAsync($"{list.Key}#changes", token => changedSince(since, token), WalkDemand.AllPages, CancellationToken.None))
            changed.Add(item);
        return changed;
    }

    private async Task<CachedList<T>> ReadWholeAsync<T>(WholeList<T> list, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var items = new List<T>();
        await foreach (var item in scanner.ScanAsync(list.Key, list.FirstPage, WalkDemand.AllPages, cancellationToken))
            items.Add(item);
        return new CachedList<T>(items, started, started);
    }
}
