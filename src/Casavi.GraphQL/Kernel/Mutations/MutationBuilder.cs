using System.Linq.Expressions;
using Casavi.GraphQL.Kernel.Access;
using Casavi.GraphQL.Kernel.Fields;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>
/// A mutation declared up to its write: how its input is validated, which entities it must refer
/// to, and which input fields hold the IDs the write creates or addresses. A Write… method then
/// names the casavi call (as an expression, so the endpoint map learns which endpoint it reaches)
/// and how a lost answer is handled.
/// </summary>
public sealed class MutationBuilder<TInput>
    where TInput : class
{
    private const string RepeatIsSafe = "Repeating it is safe: a second time changes nothing more.";
    private MutationDeclaration declaration;
    private readonly List<Func<TInput, Reference>> references = [];
    private readonly List<FieldReach> reaches = [];
    private Action<InputValidator, TInput> validate = (_, _) => { };
    private Func<InputValidator, TInput, IServiceProvider, CancellationToken, Task>? validateAsync;
    private InputEntityId<TInput>? chosenId;
    private InputEntityId<TInput>? addressed;

    internal MutationBuilder(MutationDeclaration declaration) => this.declaration = declaration;

    private WriteRefusals<TInput> Refusals => new(chosenId, addressed);

    /// <summary>The mutation changes the account itself (imports, webhooks, assembly topics): callers need <see cref="CasaviScopes.Admin"/>, not only write.</summary>
    public MutationBuilder<TInput> AdministersAccount()
    {
        declaration = declaration with { Scope = CasaviScopes.Admin };
        return this;
    }

    /// <summary>Checks that need no casavi request; any problem they report stops the mutation before casavi is called.</summary>
    public MutationBuilder<TInput> Validate(Action<InputValidator, TInput> rules)
    {
        validate = rules;
        return this;
    }

    /// <summary>Checks that need I/O other than casavi (e.g. resolving a host name); run after <see cref="Validate"/> passed, and any problem they report stops the mutation before casavi is called.</summary>
    public MutationBuilder<TInput> ValidateAsync(Func<InputValidator, TInput, IServiceProvider, CancellationToken, Task> rules)
    {
        validateAsync = rules;
        return this;
    }

    /// <summary>The ID in <paramref name="field"/> must name an existing <paramref name="kind"/>; checked after validation passed, with the other references in one loader round.</summary>
    public MutationBuilder<TInput> References<TEntity>(EntityKind<TEntity> kind, string field, Func<TInput, string> id)
        where TEntity : class =>
        Refers(kind, input => kind.Reference(field, id(input)));

    /// <summary>Every ID in the list <paramref name="field"/> must name an existing <paramref name="kind"/>; a missing one is reported at its index.</summary>
    public MutationBuilder<TInput> ReferencesEach<TEntity>(EntityKind<TEntity> kind, string field, Func<TInput, IReadOnlyList<string>> ids)
        where TEntity : class =>
        Refers(kind, input => kind.References(field, ids(input)));

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
    public WrittenMutation<TInput, TInput> Write<TApi>(Expression<Func<TApi, TInput, CancellationToken, Task>> send)
        where TApi : notnull
    {
        var call = Reach(send);
        return Written(new SingleWrite<TInput, TInput>(
            async (services, input, token) =>
            {
                await call(services.GetRequiredService<TApi>(), input, token);
                return input;
            },
            Refusals,
            RepeatIsSafe));
    }

    /// <summary>
    /// A write the gateway must not repeat: casavi assigns the new entity's ID or cannot be asked whether
    /// it happened. <paramref name="advice"/> tells the caller how to check after a lost answer.
    /// </summary>
    public WrittenMutation<TInput, TResult> WriteOnce<TApi, TResult>(Expression<Func<TApi, TInput, CancellationToken, Task<TResult>>> send, string advice)
        where TApi : notnull
        where TResult : class
    {
        var call = Reach(send);
        return Written(new SingleWrite<TInput, TResult>((services, input, token) => call(services.GetRequiredService<TApi>(), input, token), Refusals, advice));
    }

    /// <summary>
    /// A create of a <paramref name="kind"/> that recovers from a lost answer by reading back the
    /// reference ID the caller chose (declared with <see cref="ChoosesId"/>) and, when nothing was
    /// written, sending it once more. <paramref name="matches"/> tells whether what was read back is
    /// what the input describes. The created entity is primed into the kind's loader.
    /// </summary>
    public WrittenMutation<TInput, TResult> WriteRecoverable<TApi, TResult>(
        EntityKind<TResult> kind, Expression<Func<TApi, TInput, CancellationToken, Task<TResult>>> create, Func<TInput, TResult, bool> matches)
        where TApi : notnull
        where TResult : class
    {
        var call = Reach(create);
        reaches.Add(new FieldReach(null, typeof(TResult)));
        return Written(new RecoverableWrite<TInput, TResult>(
            (services, input, token) => call(services.GetRequiredService<TApi>(), input, token),
            kind.ReadAsync,
            matches,
            chosenId ?? throw new InvalidOperationException($"{declaration.Name}: a recoverable create needs ChoosesId(…) first; it recovers by that ID."),
            Refusals)).Primes(kind);
    }

    private MutationBuilder<TInput> Refers<TEntity>(EntityKind<TEntity> kind, Func<TInput, Reference> reference)
        where TEntity : class
    {
        references.Add(reference);
        reaches.Add(new FieldReach(null, typeof(TEntity)));
        return this;
    }

    /// <summary>Records the casavi endpoint <paramref name="call"/> goes to, and compiles it.</summary>
    private TDelegate Reach<TDelegate>(Expression<TDelegate> call)
        where TDelegate : Delegate
    {
        reaches.Add(new FieldReach(CasaviEndpoint.Of(call), null));
        return call.Compile();
    }

    private WrittenMutation<TInput, TResult> Written<TResult>(IWrite<TInput, TResult> write)
        where TResult : class =>
        new(declaration, new MutationPipeline<TInput, TResult>(ValidateWithEntityIds(), input => references.ConvertAll(reference => reference(input)), write) { ValidateAsync = validateAsync }, reaches);

    /// <summary>The declared checks, then the form of the IDs the write puts into casavi's URLs, so no malformed one reaches casavi.</summary>
    private Action<InputValidator, TInput> ValidateWithEntityIds()
    {
        var rules = validate;
        InputEntityId<TInput>[] ids = [.. new[] { chosenId, addressed }.OfType<InputEntityId<TInput>>()];
        return (check, input) =>
        {
            rules(check, input);
            if (check.HasErrors)
                return;
            foreach (var id in ids)
                check.ReferenceId(id.Of(input), id.Field);
        };
    }
}
