using GraphQL.DataLoader;

namespace Casavi.GraphQL.Kernel.DataLoading;

/// <summary>A result that fails with <paramref name="error"/> when awaited: one list item's error, the others unaffected.</summary>
internal sealed class FailedResult<T>(Exception error) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromException<T>(error);

    Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromException<object?>(error);
}
