using GraphQL.DataLoader;

namespace Casavi.GraphQL.Kernel.DataLoading;

/// <summary>A value that is already known (primed, or computed without I/O).</summary>
internal sealed class ReadyResult<T>(T value) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

    Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
}
