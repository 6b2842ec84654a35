using GraphQL.DataLoader;

namespace Casavi.GraphQL.DataLoading;

/// <summary>The keys queued since the last dispatch and, once dispatched, the one fetch serving them all.</summary>
internal sealed class PendingBatch<TKey, TValue>(
    Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    Action<PendingBatch<TKey, TValue>> detach,
    IEqualityComparer<TKey> comparer)
    where TKey : notnull
{
    private readonly Lock gate = new();
    private readonly List<TKey> keys = [];
    private Task<IReadOnlyDictionary<TKey, TValue>>? fetching;

    public IDataLoaderResult<TValue?> Add(TKey key)
    {
        keys.Add(key);
        return new BatchedResult<TKey, TValue>(this, key);
    }

    public Task<IReadOnlyDictionary<TKey, TValue>> DispatchAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (fetching is not null)
                return fetching;

            // Later LoadAsync calls must open a new batch rather than join one already in flight.
            detach(this);
            fetching = FetchDistinctAsync(cancellationToken);
            return fetching;
        }
    }

    private Task<IReadOnlyDictionary<TKey, TValue>> FetchDistinctAsync(CancellationToken cancellationToken) =>
        fetch([.. keys.Distinct(comparer)], cancellationToken);
}
