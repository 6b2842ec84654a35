namespace Casavi.GraphQL.Kernel.DataLoading;

internal static class ListWalk
{
    /// <summary>
    /// Reads the list <paramref name="walk"/> opens until every key is found; everything else met on the
    /// way goes to <paramref name="prime"/>. The walk learns how far the search has got, to size its windows,
    /// and which keys it looks for, to request the pages they were last seen on.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, TValue>> FindAsync<TValue>(
        IReadOnlyList<string> keys, Func<WalkDemand, IAsyncEnumerable<TValue>> walk, Func<TValue, string> keyOf, Action<string, TValue> prime)
    {
        var missing = new HashSet<string>(keys, StringComparer.Ordinal);
        var search = KeySearch.For([.. missing], keyOf);
        var found = new Dictionary<string, TValue>(StringComparer.Ordinal);
        await foreach (var value in walk(WalkDemand.UntilFound(search)))
        {
            var key = keyOf(value);
            if (missing.Remove(key))
            {
                found[key] = value;
                search.RecordFound();
            }
            else
            {
                prime(key, value);
            }

            if (missing.Count == 0)
                break;
        }

        return found;
    }
}
