namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>
/// The steps every mutation runs: validate the input (a problem stops it before any casavi request),
/// check the entities it refers to through the loaders in one round, write, prime the loader with
/// what was written, and return the payload.
/// </summary>
internal sealed record MutationPipeline<TInput, TResult>(
    Action<InputValidator, TInput> Validate,
    Func<TInput, IEnumerable<Reference>> References,
    IWrite<TInput, TResult> Write,
    EntityKind<TResult>? Primes = null)
    where TResult : class
{
    public async Task<MutationPayload<TResult>> RunAsync(TInput input, IServiceProvider services, CancellationToken cancellationToken)
    {
        var check = new InputValidator();
        Validate(check, input);
        if (!check.HasErrors)
            await check.RequireExistingAsync([.. References(input)], services, cancellationToken);
        if (check.HasErrors)
            return MutationPayload<TResult>.Failed(check.Errors);

        var payload = await Write.RunAsync(input, services, cancellationToken);
        if (payload.Result is { } written)
            Primes?.Prime(services, written);
        return payload;
    }
}
