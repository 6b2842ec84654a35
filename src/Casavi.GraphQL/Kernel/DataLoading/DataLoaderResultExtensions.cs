using GraphQL.DataLoader;

namespace Casavi.GraphQL.Kernel.DataLoading;

public static class DataLoaderResultExtensions
{
    /// <summary>
    /// Maps a deferred value without awaiting it early. When <paramref name="map"/> returns another
    /// deferred result the engine queues it for the next round, which is how loaders chain.
    /// </summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> source, Func<TIn, TOut> map) =>
        new MappedResult<TIn, TOut>(source, map);

    private sealed class MappedResult<TIn, TOut>(IDataLoaderResult<TIn> source, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await source.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
