using Casavi.Client.Errors;

namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>
/// A create keyed by a caller-chosen reference ID, which makes it safe to repeat: casavi refuses a
/// taken ID as a conflict. When casavi's answer is lost (timeout, 5xx) the entity is read back by
/// that ID (from casavi, not the loader's cache: it may have appeared since); if it is there and
/// matches the input it is returned, if it is absent the create is sent once more. Without a
/// caller ID nothing is repeated and the caller learns that the write may or may not have been applied.
/// </summary>
internal sealed class RecoverableWrite<TInput, TResult>(
    Func<IServiceProvider, TInput, CancellationToken, Task<TResult>> create,
    Func<IServiceProvider, string, CancellationToken, Task<TResult>> readBack,
    Func<TInput, TResult, bool> matches,
    InputEntityId<TInput> chosenId,
    WriteRefusals<TInput> refusals) : IWrite<TInput, TResult>
    where TResult : class
{
    public bool ReportsOutcome => true;

    public async Task<MutationPayload<TResult>> RunAsync(TInput input, IServiceProvider services, CancellationToken cancellationToken)
    {
        try
        {
            return MutationPayload<TResult>.Written(await create(services, input, cancellationToken), WriteOutcome.Created);
        }
        catch (CasaviUnavailableException unclear)
        {
            if (chosenId.Of(input) is not { } referenceId)
                throw WriteErrors.Uncertain(unclear, $"Pass your own reference ID in `{chosenId.Field}` so the gateway can check and repeat the write safely.");
            return await ReadBackOrNullAsync(services, referenceId, unclear, cancellationToken) is { } existing
                ? Recovered(input, referenceId, existing)
                : await RetryOnceAsync(input, services, referenceId, cancellationToken);
        }
        catch (CasaviApiException refused) when (refusals.ToUserError(refused, input) is { } error)
        {
            return MutationPayload<TResult>.Failed(error);
        }
    }

    private async Task<MutationPayload<TResult>> RetryOnceAsync(TInput input, IServiceProvider services, string referenceId, CancellationToken cancellationToken)
    {
        try
        {
            return MutationPayload<TResult>.Written(await create(services, input, cancellationToken), WriteOutcome.CreatedOnRetry);
        }
        catch (CasaviInvalidInputException conflict) when (conflict.StatusCode == WriteErrors.Conflict)
        {
            // The first request was applied after the read-back looked: read once more.
            return await ReadBackOrNullAsync(services, referenceId, conflict, cancellationToken) is { } existing
                ? Recovered(input, referenceId, existing)
                : MutationPayload<TResult>.Failed(chosenId.Taken(referenceId));
        }
        catch (CasaviUnavailableException unclear)
        {
            throw WriteErrors.Uncertain(unclear, "The gateway read back and repeated it once already; check with the reference ID before trying again.");
        }
    }

    private MutationPayload<TResult> Recovered(TInput input, string referenceId, TResult existing) => matches(input, existing)
        ? MutationPayload<TResult>.Written(existing, WriteOutcome.RecoveredAfterUpstreamError)
        : MutationPayload<TResult>.Failed(chosenId.Taken(referenceId, " with other content"));

    private async Task<TResult?> ReadBackOrNullAsync(IServiceProvider services, string referenceId, Exception original, CancellationToken cancellationToken)
    {
        try
        {
            return await readBack(services, referenceId, cancellationToken);
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
