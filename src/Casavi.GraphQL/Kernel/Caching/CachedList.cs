using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Casavi.GraphQL.Kernel.Caching;

/// <summary>
/// A whole casavi list as the cache keeps it: its items in casavi's order, when it was last read
/// (whole or by changes since) and when it was last read whole. Never changed once made, so the
/// in-process cache hands out one instance instead of a copy per request.
/// </summary>
[ImmutableObject(true)]
public sealed record CachedList<T>(IReadOnlyList<T> Items, DateTimeOffset ReadAt, DateTimeOffset FullReadAt)
{
    private Dictionary<string, T>? index;

    /// <summary>The item with key <paramref name="key"/>, or null; the index is built on first use.</summary>
    public T? Find(string key, Func<T, string> keyOf)
    {
        var byKey = Volatile.Read(ref index);
        if (byKey is null)
        {
            byKey = Index(Items, keyOf);
            Volatile.Write(ref index, byKey);
        }

        return byKey.GetValueOrDefault(key);
    }

    /// <summary>This list with <paramref name="changed"/> merged in: changed items replace theirs in place, new ones go last.</summary>
    public CachedList<T> Merge(IReadOnlyList<T> changed, Func<T, string> keyOf, DateTimeOffset readAt)
    {
        var items = Items.ToList();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
            positions.TryAdd(keyOf(items[i]), i);
        foreach (var item in changed)
        {
            if (positions.TryGetValue(keyOf(item), out var position))
                items[position] = item;
            else
            {
                positions[keyOf(item)] = items.Count;
                items.Add(item);
            }
        }

        return new CachedList<T>(items, readAt, FullReadAt);
    }

    [JsonIgnore]
    public int Count => Items.Count;

    private static Dictionary<string, T> Index(IReadOnlyList<T> items, Func<T, string> keyOf)
    {
        var byKey = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
            byKey.TryAdd(keyOf(item), item);
        return byKey;
    }
}
