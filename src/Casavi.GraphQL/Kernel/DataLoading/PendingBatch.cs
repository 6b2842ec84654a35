using Casavi.GraphQL.Kernel.Diagnostics;
using GraphQL.DataLoader;

namespace Casavi.GraphQL.Kernel.DataLoading;

/// <summary>The keys queued since the last dispatch and, once dispatched, the one fetch serving them all.</summary>
/// <param name="loaderName">Names the batch's span; the keys never do.</param>
internal sealed class PendingBatch<TKey, TValue>(
    string loaderName,
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

    private async Task<IReadOnlyDictionary<TKey, TValue>> FetchDistinctAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<TKey> distinct = [.. keys.Distinct(comparer)];
        using var span = GatewayTracing.StartBatch(loaderName, distinct.Count);
        var values = await fetch(distinct, cancellationToken);
        span?.SetTag("dataloader.found", values.Count);
        return values;
    }
}
