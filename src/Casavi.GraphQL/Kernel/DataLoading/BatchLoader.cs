using GraphQL.DataLoader;

namespace Casavi.GraphQL.Kernel.DataLoading;

/// <summary>
/// Collects the keys a query level asks for and fetches them in one batch when the engine first
/// awaits any of them (GraphQL.NET has no dispatch call: the first GetResultAsync is the signal).
/// Results are cached for the request; register subclasses as scoped so no cache outlives it.
/// </summary>
public abstract class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Lock gate = new();
    private readonly Dictionary<TKey, IDataLoaderResult<TValue?>> results;
    private PendingBatch<TKey, TValue>? pending;

    protected BatchLoader(IEqualityComparer<TKey>? comparer = null) => results = new(comparer);

    /// <summary>Names the loader's batches in traces.</summary>
    protected virtual string Name => GetType().Name;

    /// <summary>Queues <paramref name="key"/> for the next batch; never does I/O itself.</summary>
    public IDataLoaderResult<TValue?> LoadAsync(TKey key)
    {
        lock (gate)
        {
            if (results.TryGetValue(key, out var known))
                return known;

            pending ??= new PendingBatch<TKey, TValue>(Name, FetchAsync, DetachPending, results.Comparer);
            var result = pending.Add(key);
            results[key] = result;
            return result;
        }
    }

    /// <summary>Loads several keys as one deferred list, in the order given.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys) =>
        new DeferredList<TValue?>([.. keys.Select(LoadAsync)]);

    /// <summary>Caches a value fetched by another call (a list page), so it is not fetched again.</summary>
    public void Prime(TKey key, TValue value)
    {
        lock (gate)
            results.TryAdd(key, new ReadyResult<TValue?>(value));
    }

    /// <summary>Fetches the values of <paramref name="keys"/>; a key absent from the answer resolves to null.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private void DetachPending(PendingBatch<TKey, TValue> batch)
    {
        lock (gate)
        {
            if (ReferenceEquals(pending, batch))
                pending = null;
        }
    }
}
