using Casavi.Client.Errors;

namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>
/// A create keyed by a caller-chosen reference ID, which makes it safe to repeat: casavi refuses a
/// taken ID as a conflict. When casavi's answer is lost (timeout, 5xx) the entity is read back by
/// that ID; if it is there and matches the input it is returned, if it is absent the create is sent
/// once more. Without a caller ID nothing is repeated and the caller learns that the write may or
/// may not have been applied.
/// </summary>
public sealed record RecoverableCreate<T>(
    string EntityType,
    string? ReferenceId,
    Func<CancellationToken, Task<T>> Create,
    Func<string, CancellationToken, Task<T>> ReadBack,
    Func<T, bool> MatchesInput)
    where T : class
{
    public async Task<CreateResult<T>> RunAsync(IReadOnlyList<string> inputPath, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> idPath = [.. inputPath, "id"];
        try
        {
            return new CreateResult<T>(await Create(cancellationToken), WriteOutcome.Created, null);
        }
        catch (CasaviUnavailableException unclear)
        {
            if (ReferenceId is null)
                throw WriteErrors.Uncertain(unclear, "Pass your own reference ID in `id` so the gateway can check and repeat the write safely.");
            return await ReadBackOrNullAsync(ReferenceId, unclear, cancellationToken) is { } existing
                ? Recovered(existing, idPath)
                : await RetryOnceAsync(ReferenceId, idPath, cancellationToken);
        }
        catch (CasaviApiException refused) when (WriteErrors.ToUserError(refused, refused.StatusCode == 409 ? idPath : inputPath) is { } error)
        {
            return new CreateResult<T>(null, null, error);
        }
    }

    private async Task<CreateResult<T>> RetryOnceAsync(string referenceId, IReadOnlyList<string> idPath, CancellationToken cancellationToken)
    {
        try
        {
            return new CreateResult<T>(await Create(cancellationToken), WriteOutcome.CreatedOnRetry, null);
        }
        catch (CasaviInvalidInputException conflict) when (conflict.StatusCode == 409)
        {
            // The first request was applied after the read-back looked: read once more.
            return await ReadBackOrNullAsync(referenceId, conflict, cancellationToken) is { } existing
                ? Recovered(existing, idPath)
                : new CreateResult<T>(null, null, WriteErrors.ToUserError(conflict, idPath));
        }
        catch (CasaviUnavailableException unclear)
        {
            throw WriteErrors.Uncertain(unclear, "The gateway read back and repeated it once already; check with the reference ID before trying again.");
        }
    }

    private CreateResult<T> Recovered(T existing, IReadOnlyList<string> idPath) => MatchesInput(existing)
        ? new CreateResult<T>(existing, WriteOutcome.RecoveredAfterUpstreamError, null)
        : new CreateResult<T>(null, null, new ConflictError($"A {EntityType.ToLowerInvariant()} with reference ID '{ReferenceId}' already exists with other content; choose another ID.", idPath));

    private async Task<T?> ReadBackOrNullAsync(string referenceId, Exception original, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadBack(referenceId, cancellationToken);
        }
        catch (CasaviNotFoundException)
        {
            return null;
        }
        catch (CasaviUnavailableException)
        {
            throw WriteErrors.Uncertain(original, "Reading it back failed too; check with the reference ID before trying again.");
        }
    }

}

/// <summary>The created entity and how it got there, or the user error that prevented it.</summary>
public sealed record CreateResult<T>(T? Value, WriteOutcome? Outcome, UserError? Error)
    where T : class;
