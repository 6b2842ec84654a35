namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>How a mutation sends its write to casavi, and what it does when the answer is refused or lost.</summary>
internal interface IWrite<in TInput, TResult>
    where TResult : class
{
    /// <summary>Whether the payload says how the write got there (<see cref="WriteOutcome"/>).</summary>
    bool ReportsOutcome { get; }

    Task<MutationPayload<TResult>> RunAsync(TInput input, IServiceProvider services, CancellationToken cancellationToken);
}
