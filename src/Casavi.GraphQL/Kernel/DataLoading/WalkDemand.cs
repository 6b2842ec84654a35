namespace Casavi.GraphQL.Kernel.DataLoading;

/// <summary>How much of a list its reader wants, which decides how far ahead pages are requested.</summary>
public readonly record struct WalkDemand
{
    /// <summary>casavi's fixed page size.</summary>
    private const int PageSize = 25;

    private WalkDemand(KeySearch? search) => Search = search;

    /// <summary>Every item (grouping, whole lists): every page expected is requested as soon as it is known.</summary>
    public static WalkDemand AllPages => new(null);

    /// <summary>Null when every item is wanted.</summary>
    public KeySearch? Search { get; }

    /// <summary>The fewest pages that can hold every key sought (1 for a whole-list read).</summary>
    public int MinimumPages => Search is { } search ? Math.Max(1, (search.Sought + PageSize - 1) / PageSize) : 1;

    /// <summary>
    /// The fewest pages the list has if every key still sought is on it: those read so far and enough
    /// beyond them to hold the missing keys (0 for a whole-list read, which assumes nothing).
    /// </summary>
    public int PagesImplied(int pagesRead) =>
        Search is { } search ? pagesRead + ((Math.Max(0, search.Sought - search.Found) + PageSize - 1) / PageSize) : 0;

    /// <summary>
    /// Items until the keys of <paramref name="search"/> are found. After the first page, windows start
    /// at the fewest pages that can hold the keys (at least 2) and double; once keys turn up, a window
    /// is what the rate found so far says the rest needs (up to twice that doubling, never below 1, 1,
    /// 2, 4… pages), so a search that ends early reads few pages more than it needed, most searches
    /// take two windows, and one that never ends (keys casavi lacks) still takes logarithmic rounds.
    /// </summary>
    public static WalkDemand UntilFound(KeySearch search) => new(search);

    /// <summary>How many pages the <paramref name="round"/>-th round (2 is the one after the first page) may fill.</summary>
    public int Window(int round, int pagesRead)
    {
        if (Search is not { } search)
            return int.MaxValue;
        var shift = Math.Clamp(round - 2, 0, 30);
        var doubling = Math.Max(2L, MinimumPages) << shift;
        if (search.Found == 0)
            return (int)Math.Min(int.MaxValue, doubling);
        var estimate = Math.Ceiling((search.Sought - search.Found) * (double)pagesRead / search.Found);
        return (int)Math.Clamp(estimate, 1 << Math.Max(0, shift - 1), Math.Min(int.MaxValue, 2 * doubling));
    }
}
