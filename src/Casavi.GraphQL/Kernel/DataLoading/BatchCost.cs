namespace Casavi.GraphQL.Kernel.DataLoading;

/// <summary>
/// Whether a batch of keys costs less by id or by one walk of the list: requests first, dependent
/// round trips (waves) second. By id, K keys cost K requests in ceil(K / concurrency cap) waves. A
/// walk that stops once every key is found costs at most the P pages the list had last time, in
/// about log2(P) + 1 windows (1, 2, 4… pages); when every key was seen before, exactly the m pages
/// they were on, in one round.
/// </summary>
public static class BatchCost
{
    /// <summary>How many more waves a walk may take than the by-id requests and still be chosen for its fewer requests.</summary>
    private const int ToleratedExtraWaves = 2;

    /// <param name="knownPages">The list's page count when it was walked before; null when not.</param>
    /// <param name="locatedPages">How many pages hold the keys when each was seen before; null when some was not.</param>
    public static bool WalkIsCheaper(int keys, int? knownPages, int? locatedPages, int byIdMaxKeys, int concurrencyCap)
    {
        if (keys > byIdMaxKeys)
            return true;
        // One round either way (a by-id batch within the cap is one wave too): fewer requests win.
        if (locatedPages is { } located)
            return located < keys;
        // A list never walked may be long: by id is the bounded cost.
        if (knownPages is not { } pages)
            return false;
        var byIdWaves = (keys + concurrencyCap - 1) / Math.Max(1, concurrencyCap);
        return pages <= keys && WindowsFor(pages) <= byIdWaves + ToleratedExtraWaves;
    }

    /// <summary>
    /// With the cross-request cache on, a list is read whole (every page, in one round when its length is
    /// known) and then serves later batches too: worth it when it costs no more requests than the keys
    /// by id, or when the batch is too large for by id.
    /// </summary>
    public static bool WholeReadIsCheaper(int keys, int? knownPages, int byIdMaxKeys) =>
        keys > byIdMaxKeys || knownPages <= keys;

    /// <summary>Windows of 1, 2, 4… pages that cover <paramref name="pages"/>.</summary>
    private static int WindowsFor(int pages) => 32 - int.LeadingZeroCount(pages);
}
