using Casavi.GraphQL.Kernel.Errors;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Instrumentation;

namespace Casavi.GraphQL.Kernel.Execution;

/// <summary>
/// Every field, and every deferred (batched) result it returns, stops waiting at the request's
/// <see cref="ExecutionDeadline"/> with a <c>TIMEOUT</c> error; the fields already resolved keep their data.
/// </summary>
internal sealed class DeadlineFieldMiddleware : IFieldMiddleware
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var deadline = ExecutionDeadline.Of(context);
        if (!deadline.CanBeCanceled)
            return await next(context);
        if (deadline.IsCancellationRequested)
            throw GraphQLErrors.Timeout();

        var resolving = next(context);
        var result = resolving.IsCompletedSuccessfully ? resolving.Result : await WithinAsync(resolving.AsTask(), deadline);
        return result is IDataLoaderResult pending ? new DeadlineResult(pending, deadline) : result;
    }

    private static async Task<T> WithinAsync<T>(Task<T> task, CancellationToken deadline)
    {
        try
        {
            return await task.WaitAsync(deadline);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw GraphQLErrors.Timeout();
        }
    }

    /// <summary>A batched result fetched under the deadline's token, so the casavi calls behind it stop too.</summary>
    private sealed class DeadlineResult(IDataLoaderResult inner, CancellationToken deadline) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (deadline.IsCancellationRequested)
                throw GraphQLErrors.Timeout();
            var value = await WithinAsync(inner.GetResultAsync(deadline), deadline);
            return value is IDataLoaderResult chained ? new DeadlineResult(chained, deadline) : value;
        }
    }
}
