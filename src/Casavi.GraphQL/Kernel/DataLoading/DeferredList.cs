using GraphQL.DataLoader;

namespace Casavi.GraphQL.Kernel.DataLoading;

/// <summary>Several deferred values awaited together; awaiting the first dispatches their batch.</summary>
internal sealed class DeferredList<T>(IReadOnlyList<IDataLoaderResult<T>> items) : IDataLoaderResult<IReadOnlyList<T>>
{
    public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var values = new T[items.Count];
        for (var i = 0; i < items.Count; i++)
            values[i] = await items[i].GetResultAsync(cancellationToken);
        return values;
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken);
}
