using System.Collections.Concurrent;

namespace Casavi.GraphQL.Kernel.DataLoading;

/// <summary>
/// How many pages each list had when last walked. Only this number is remembered across requests
/// (never data), so the next walk can ask for the pages it expects without probing for the end.
/// </summary>
public sealed class PageCountHints
{
    private readonly ConcurrentDictionary<string, int> pageCounts = new(StringComparer.Ordinal);

    /// <summary>The page count seen last time, or null for a list not walked yet.</summary>
    public int? PagesOf(string listKey) => pageCounts.TryGetValue(listKey, out var count) ? count : null;

    public void Remember(string listKey, int pageCount) => pageCounts[listKey] = pageCount;
}
