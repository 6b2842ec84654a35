namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>
/// What every mutation returns: what was written (the entity casavi answered with or, for writes
/// casavi answers without a body, the input it applied), how a recoverable create got there, and
/// the user errors (empty on success; when not empty, nothing was written).
/// </summary>
public sealed record MutationPayload<TResult>(TResult? Result, WriteOutcome? Outcome, IReadOnlyList<UserError> Errors)
    where TResult : class
{
    internal static MutationPayload<TResult> Written(TResult result, WriteOutcome? outcome = null) => new(result, outcome, []);

    internal static MutationPayload<TResult> Failed(params IReadOnlyList<UserError> errors) => new(null, null, errors);
}
