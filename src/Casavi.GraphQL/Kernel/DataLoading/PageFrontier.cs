namespace Casavi.GraphQL.Kernel.DataLoading;

/// <summary>
/// What one walk knows of a list's length, and which pages (by ordinal, 1 is the first) it requests
/// next. Pages known to exist (a next link names them), expected (the count seen last time) or implied
/// (a search's missing keys need them, plus a tenth and 4 for keys denser than they seemed) are filled.
/// Beyond them single probes double the known length until one lands past the end, then halve the
/// gap; a gap small against what is known is filled outright. A list of P pages is read in about
/// 2·log2(P) rounds, and pages past the end cost at most about P/10 + 4 requests (a search for keys
/// the list lacks: up to one more page per 25 of them).
/// </summary>
/// <param name="expectedPages">The page count seen last time; 0 when unknown.</param>
/// <param name="minimumPages">The fewest pages the reader's keys need: the first probe goes at least this far.</param>
internal sealed class PageFrontier(int expectedPages, int minimumPages)
{
    private readonly HashSet<int> requested = [1];
    private int confirmed = 1;
    private int? lastPage;
    private int pastEnd = int.MaxValue;

    /// <summary>The highest ordinal known to exist.</summary>
    public int Confirmed => confirmed;

    /// <summary>The ordinal of the last page, once a page without next link showed it.</summary>
    public int? LastPage => lastPage;

    /// <summary>Records a page casavi answered with items or a next link.</summary>
    public void Read(int ordinal, bool hasItems, bool hasNext)
    {
        // An empty page without next link past the first: casavi's way (one of them) of saying there is no such page.
        if (!hasItems && !hasNext && ordinal > 1)
        {
            PastTheEnd(ordinal);
            return;
        }

        confirmed = Math.Max(confirmed, hasNext ? ordinal + 1 : ordinal);
        if (!hasNext)
            lastPage = Math.Min(lastPage ?? int.MaxValue, ordinal);
    }

    /// <summary>Records a page that does not exist (refused, or empty).</summary>
    public void PastTheEnd(int ordinal) => pastEnd = Math.Min(pastEnd, ordinal);

    /// <summary>Records a page requested outside the rounds planned here (the pages keys were last seen on).</summary>
    public void Requested(int ordinal) => requested.Add(ordinal);

    /// <summary>
    /// The ordinals to request now, starting at <paramref name="from"/> (the next page the walk needs)
    /// and filling at most <paramref name="window"/> pages, plus one probe when the window reaches
    /// past what is known.
    /// </summary>
    /// <param name="impliedPages">The pages the keys still sought imply (<see cref="WalkDemand.PagesImplied"/>); 0 for none.</param>
    public IReadOnlyList<int> NextRound(int from, int window, int impliedPages)
    {
        var limit = Math.Min(lastPage ?? int.MaxValue, pastEnd - 1);
        // Implied pages exist unless keys are missing from the list. Without a count seen before, a slack
        // covers keys found denser at first than further on, and keeps pages past the end within a tenth plus 4.
        var believed = expectedPages > 0 ? Math.Max(expectedPages, impliedPages)
            : impliedPages > 0 ? impliedPages + (impliedPages / 10) + 4
            : 0;
        var reach = Math.Min(Math.Max(confirmed, believed), limit);
        var gap = pastEnd == int.MaxValue ? int.MaxValue : pastEnd - confirmed - 1;
        var fillsGap = lastPage is null && reach == confirmed && gap <= Math.Max(2, confirmed / 10);
        if (fillsGap)
            reach = pastEnd - 1;

        var fillEnd = (int)Math.Min(reach, (long)from + window - 1);
        var round = new List<int>();
        for (var ordinal = from; ordinal <= fillEnd; ordinal++)
        {
            if (requested.Add(ordinal))
                round.Add(ordinal);
        }

        // The walk needs this page even when what it learnt says otherwise (the list changed meanwhile).
        if (requested.Add(from))
            round.Add(from);

        // A probe helps only a reader that wants pages beyond those known (a search whose window they
        // fill may end with them). Within the count seen last time none goes out: lists rarely grow, and
        // one that did says so in its last page's next link.
        var wantsMore = (long)from + window - 1 > reach;
        var probes = wantsMore && !fillsGap && lastPage is null && expectedPages < confirmed;
        var probe = pastEnd == int.MaxValue ? Math.Max(2 * confirmed, minimumPages) : confirmed + ((pastEnd - confirmed) / 2);
        if (probes && probe > fillEnd && probe < pastEnd && requested.Add(probe))
            round.Add(probe);
        return round;
    }
}
