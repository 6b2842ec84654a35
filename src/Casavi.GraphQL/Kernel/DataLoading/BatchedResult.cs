using GraphQL.DataLoader;

namespace Casavi.GraphQL.Kernel.DataLoading;

/// <summary>One key's share of a batch: awaiting it dispatches the whole batch once.</summary>
internal sealed class BatchedResult<TKey, TValue>(PendingBatch<TKey, TValue> batch, TKey key) : IDataLoaderResult<TValue?>
    where TKey : notnull
{
    public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
    {
        IReadOnlyDictionary<TKey, TValue> values;
        try
        {
            values = await batch.DispatchAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A shared exception instance would get every field's path written into it: one error per field.
            throw Errors.GraphQLErrors.FromException(exception);
        }

        return values.TryGetValue(key, out var value) ? value : default;
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken);
}
