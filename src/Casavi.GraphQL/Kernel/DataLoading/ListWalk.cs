namespace Casavi.GraphQL.Kernel.DataLoading;

internal static class ListWalk
{
    /// <summary>Reads <paramref name="walk"/> until every key is found; everything else met on the way goes to <paramref name="prime"/>.</summary>
    public static async Task<IReadOnlyDictionary<string, TValue>> FindAsync<TValue>(
        IReadOnlyList<string> keys, IAsyncEnumerable<TValue> walk, Func<TValue, string> keyOf, Action<string, TValue> prime)
    {
        var missing = new HashSet<string>(keys, StringComparer.Ordinal);
        var found = new Dictionary<string, TValue>(StringComparer.Ordinal);
        await foreach (var value in walk)
        {
            var key = keyOf(value);
            if (missing.Remove(key))
                found[key] = value;
            else
                prime(key, value);
            if (missing.Count == 0)
                break;
        }

        return found;
    }
}
