using Casavi.GraphQL.Kernel.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>
/// The steps every mutation runs: validate the input (a problem stops it before any casavi request),
/// check the entities it refers to through the loaders in one round, write, drop the account's
/// cached reads (the write may show in any of them), prime the loader with what was written, and
/// return the payload.
/// </summary>
internal sealed record MutationPipeline<TInput, TResult>(
    Action<InputValidator, TInput> Validate,
    Func<TInput, IEnumerable<Reference>> References,
    IWrite<TInput, TResult> Write,
    EntityKind<TResult>? Primes = null)
    where TResult : class
{
    /// <summary>Checks of the input that need I/O other than casavi (e.g. DNS); run after <see cref="Validate"/> passed.</summary>
    public Func<InputValidator, TInput, IServiceProvider, CancellationToken, Task>? ValidateAsync { get; init; }

    public async Task<MutationPayload<TResult>> RunAsync(TInput input, IServiceProvider services, CancellationToken cancellationToken)
    {
        var check = new InputValidator();
        Validate(check, input);
        if (!check.HasErrors && ValidateAsync is not null)
            await ValidateAsync(check, input, services, cancellationToken);
        if (!check.HasErrors)
            await check.RequireExistingAsync([.. References(input)], services, cancellationToken);
        if (check.HasErrors)
            return MutationPayload<TResult>.Failed(check.Errors);

        MutationPayload<TResult> payload;
        try
        {
            payload = await Write.RunAsync(input, services, cancellationToken);
        }
        finally
        {
            // Also after a failure: the write may have happened even when its answer was lost.
            var cache = services.GetRequiredService<CasaviCache>();
            if (cache.Enabled)
                await cache.InvalidateAccountAsync(CancellationToken.None);
        }

        if (payload.Result is { } written)
            Primes?.Prime(services, written);
        return payload;
    }
}
