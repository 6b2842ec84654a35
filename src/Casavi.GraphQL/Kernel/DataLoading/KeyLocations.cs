using System.Collections.Concurrent;

namespace Casavi.GraphQL.Kernel.DataLoading;

/// <summary>
/// On which page (ordinal, 1 is the first) each key of one list was last seen, so a search for known
/// keys can request exactly their pages. Only a hint: a key missing from its page is searched as if
/// unknown. At most <paramref name="capacity"/> keys are kept; later ones are not remembered.
/// </summary>
public sealed class KeyLocations(int capacity)
{
    private readonly ConcurrentDictionary<string, int> pages = new(StringComparer.Ordinal);
    private int count;

    public int? PageOf(string key) => pages.TryGetValue(key, out var ordinal) ? ordinal : null;

    /// <summary>The distinct pages holding <paramref name="keys"/>, or null when any key's page is unknown.</summary>
    public IReadOnlySet<int>? PagesHolding(IEnumerable<string> keys)
    {
        var holding = new HashSet<int>();
        foreach (var key in keys)
        {
            if (PageOf(key) is not { } ordinal)
                return null;
            holding.Add(ordinal);
        }

        return holding;
    }

    public void Record(string key, int ordinal)
    {
        if (pages.TryGetValue(key, out var known))
        {
            if (known != ordinal)
                pages[key] = ordinal;
            return;
        }

        // Concurrent walks may overshoot the capacity by a few keys: it bounds memory, not exactly.
        if (Volatile.Read(ref count) < capacity && pages.TryAdd(key, ordinal))
            Interlocked.Increment(ref count);
    }

    /// <summary>Drops a key that was not where it was last seen (moved, or gone from the list).</summary>
    public void Forget(string key)
    {
        if (pages.TryRemove(key, out _))
            Interlocked.Decrement(ref count);
    }
}
