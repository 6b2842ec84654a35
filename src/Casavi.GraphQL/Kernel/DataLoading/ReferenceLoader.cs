using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Kernel.DataLoading;

/// <summary>
/// Loads entities that casavi serves both by id and as a list, choosing per batch the cheaper way:
/// small batches by id in parallel (one wave), large ones by walking the list once, stopping as
/// soon as every key is found. Every entity met on the walk is primed, so later levels of the same
/// request need no request for it.
/// </summary>
public abstract class ReferenceLoader<TValue>(IOptions<BatchingOptions> options) : ByIdLoader<TValue>
    where TValue : class
{
    /// <summary>The whole list endpoint, page by page, lazily.</summary>
    protected abstract IAsyncEnumerable<TValue> WalkAsync(CancellationToken cancellationToken);

    protected override Task<IReadOnlyDictionary<string, TValue>> FetchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        keys.Count <= options.Value.ByIdMaxKeys
            ? base.FetchAsync(keys, cancellationToken)
            : ListWalk.FindAsync(keys, WalkAsync(cancellationToken), KeyOf, Prime);
}
