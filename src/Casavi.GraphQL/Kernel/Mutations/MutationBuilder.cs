using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>
/// A mutation declared up to its write: how its input is validated, which entities it must refer
/// to, and which input fields hold the IDs the write creates or addresses. A Write… method then
/// names the casavi call and how a lost answer is handled.
/// </summary>
public sealed class MutationBuilder<TInput>
    where TInput : class
{
    private const string RepeatIsSafe = "Repeating it is safe: a second time changes nothing more.";
    private readonly MutationDeclaration declaration;
    private Action<InputValidator, TInput> validate = (_, _) => { };
    private Func<TInput, IEnumerable<Reference>> references = _ => [];
    private InputEntityId<TInput>? chosenId;
    private InputEntityId<TInput>? addressed;

    internal MutationBuilder(MutationDeclaration declaration) => this.declaration = declaration;

    private WriteRefusals<TInput> Refusals => new(chosenId, addressed);

    /// <summary>Checks that need no casavi request; any problem they report stops the mutation before casavi is called.</summary>
    public MutationBuilder<TInput> Validate(Action<InputValidator, TInput> rules)
    {
        validate = rules;
        return this;
    }

    /// <summary>The IDs in the input that must name existing entities; checked after validation passed, all in one loader round.</summary>
    public MutationBuilder<TInput> References(Func<TInput, IEnumerable<Reference>> of)
    {
        references = of;
        return this;
    }

    /// <summary>The field where the caller may choose the new entity's reference ID; casavi's conflict (the ID is taken) is reported there.</summary>
    public MutationBuilder<TInput> ChoosesId(string entityType, string field, Func<TInput, string?> id)
    {
        chosenId = new InputEntityId<TInput>(entityType, field, id);
        return this;
    }

    /// <summary>The field naming the existing entity the write changes; casavi's 404 is reported there as a NotFoundError.</summary>
    public MutationBuilder<TInput> Addresses(string entityType, string field, Func<TInput, string> id)
    {
        addressed = new InputEntityId<TInput>(entityType, field, id);
        return this;
    }

    /// <summary>A write casavi answers without a body and that is safe to repeat (it sets, updates or removes); the payload echoes the input.</summary>
    public WrittenMutation<TInput, TInput> Write<TApi>(Func<TApi, TInput, CancellationToken, Task> send)
        where TApi : notnull =>
        Written(new SingleWrite<TInput, TInput>(
            async (services, input, token) =>
            {
                await send(services.GetRequiredService<TApi>(), input, token);
                return input;
            },
            Refusals,
            RepeatIsSafe));

    /// <summary>
    /// A write the gateway must not repeat: casavi assigns the new entity's ID or cannot be asked whether
    /// it happened. <paramref name="advice"/> tells the caller how to check after a lost answer.
    /// </summary>
    public WrittenMutation<TInput, TResult> WriteOnce<TApi, TResult>(Func<TApi, TInput, CancellationToken, Task<TResult>> send, string advice)
        where TApi : notnull
        where TResult : class =>
        Written(new SingleWrite<TInput, TResult>((services, input, token) => send(services.GetRequiredService<TApi>(), input, token), Refusals, advice));

    /// <summary>
    /// A create that recovers from a lost answer by reading back the reference ID the caller chose
    /// (declared with <see cref="ChoosesId"/>) and, when nothing was written, sending it once more.
    /// </summary>
    public WrittenMutation<TInput, TResult> WriteRecoverable<TApi, TResult>(
        Func<TApi, TInput, CancellationToken, Task<TResult>> create, Func<TApi, string, CancellationToken, Task<TResult>> readBack, Func<TInput, TResult, bool> matches)
        where TApi : notnull
        where TResult : class =>
        Written(new RecoverableWrite<TInput, TResult>(
            (services, input, token) => create(services.GetRequiredService<TApi>(), input, token),
            (services, id, token) => readBack(services.GetRequiredService<TApi>(), id, token),
            matches,
            chosenId ?? throw new InvalidOperationException($"{declaration.Name}: a recoverable create needs ChoosesId(…) first; it recovers by that ID."),
            Refusals));

    private WrittenMutation<TInput, TResult> Written<TResult>(IWrite<TInput, TResult> write)
        where TResult : class =>
        new(declaration, new MutationPipeline<TInput, TResult>(validate, references, write));
}
