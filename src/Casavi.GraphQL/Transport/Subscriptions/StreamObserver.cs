using Casavi.GraphQL.Kernel.Errors;
using GraphQL;

namespace Casavi.GraphQL.Transport.Subscriptions;

/// <summary>Turns a subscription's results into a transport's messages, queued for its writer.</summary>
internal sealed class StreamObserver(OutgoingMessages outgoing, Func<ExecutionResult, string> next, Func<string> complete, Action? completed = null)
    : IObserver<ExecutionResult>
{
    public void OnNext(ExecutionResult value) => outgoing.Send(next(value));

    /// <summary>The stream failed: the client gets the error as a result of its own, then the end of the stream.</summary>
    public void OnError(Exception error)
    {
        outgoing.Send(next(new ExecutionResult { Errors = [error as ExecutionError ?? GraphQLErrors.FromException(error)] }));
        OnCompleted();
    }

    public void OnCompleted()
    {
        outgoing.Send(complete());
        completed?.Invoke();
    }
}
