using Casavi.Client.Errors;

namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>
/// A write the gateway sends once and never repeats: a refusal the caller can fix becomes a user
/// error; an unclear failure (timeout, 5xx) becomes UPSTREAM_UNAVAILABLE with <paramref name="advice"/>,
/// because the gateway cannot tell whether casavi applied it.
/// </summary>
internal sealed class SingleWrite<TInput, TResult>(
    Func<IServiceProvider, TInput, CancellationToken, Task<TResult>> send, WriteRefusals<TInput> refusals, string advice) : IWrite<TInput, TResult>
    where TResult : class
{
    public bool ReportsOutcome => false;

    public async Task<MutationPayload<TResult>> RunAsync(TInput input, IServiceProvider services, CancellationToken cancellationToken)
    {
        try
        {
            return MutationPayload<TResult>.Written(await send(services, input, cancellationToken));
        }
        catch (CasaviUnavailableException unclear)
        {
            throw WriteErrors.Uncertain(unclear, advice);
        }
        catch (CasaviApiException refused) when (refusals.ToUserError(refused, input) is { } error)
        {
            return MutationPayload<TResult>.Failed(error);
        }
    }
}
