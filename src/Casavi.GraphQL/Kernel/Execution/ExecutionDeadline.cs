using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Kernel.Execution;

/// <summary>
/// The request's deadline, apart from GraphQL.NET's own cancellation token: cancelling that token
/// aborts the whole execution and loses every result, while fields that miss this deadline end
/// with <c>TIMEOUT</c> and the fields already resolved stay (see <see cref="DeadlineFieldMiddleware"/>).
/// </summary>
public sealed class ExecutionDeadline : IDisposable
{
    private CancellationTokenSource? source;

    /// <summary>Cancelled when the deadline passes or the client goes away; none until started.</summary>
    public CancellationToken Token => source?.Token ?? CancellationToken.None;

    public void Start(TimeSpan timeout, CancellationToken requestAborted)
    {
        source?.Dispose();
        source = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        source.CancelAfter(timeout);
    }

    public void Dispose() => source?.Dispose();

    internal static CancellationToken Of(IResolveFieldContext context) =>
        context.RequestServices?.GetService<ExecutionDeadline>()?.Token ?? CancellationToken.None;
}
