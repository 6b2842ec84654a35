using Casavi.GraphQL.Kernel.DataLoading;

namespace Casavi.GraphQL.Kernel.Caching;

/// <summary>List shapes in the cross-request cache (Redis when configured), per account like every entry.</summary>
public sealed class CachedListShapes(CasaviCache cache) : IListShapeStore
{
    /// <summary>A shape is a hint checked by every walk (next links decide), so it may outlive the data by far.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    public async ValueTask<ListShape?> ReadAsync(string listKey, CancellationToken cancellationToken) =>
        cache.Enabled ? await cache.PeekAsync<ListShape>(KeyOf(listKey), cancellationToken) : null;

    public void Write(string listKey, ListShape shape)
    {
        if (!cache.Enabled)
            return;
        _ = cache.SetAsync(KeyOf(listKey), null, shape, Lifetime, CancellationToken.None).AsTask().ContinueWith(
            write => write.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    private static string KeyOf(string listKey) => $"shape:{listKey}";
}
