using Casavi.GraphQL.Kernel.Access;
using Casavi.GraphQL.Kernel.Fields;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>A mutation declared up to its write; naming its payload adds the field to the schema.</summary>
public sealed class WrittenMutation<TInput, TResult>
    where TInput : class
    where TResult : class
{
    private readonly MutationDeclaration declaration;
    private readonly IReadOnlyList<FieldReach> reaches;
    private MutationPipeline<TInput, TResult> pipeline;

    internal WrittenMutation(MutationDeclaration declaration, MutationPipeline<TInput, TResult> pipeline, IReadOnlyList<FieldReach> reaches)
    {
        this.declaration = declaration;
        this.pipeline = pipeline;
        this.reaches = reaches;
    }

    /// <summary>Caches what casavi answered the write with in the loader of <paramref name="kind"/>, so the payload's fields need no request for it.</summary>
    public WrittenMutation<TInput, TResult> Primes(EntityKind<TResult> kind)
    {
        pipeline = pipeline with { Primes = kind };
        return this;
    }

    /// <summary>
    /// Adds the mutation with the payload of a written node: the type is named after the mutation
    /// (createPost → CreatePostPayload) and has <paramref name="nodeField"/>, <c>errors</c> and, for
    /// recoverable creates, <c>outcome</c>.
    /// </summary>
    /// <param name="nodeDescription">What the node is, e.g. "The created post"; the type adds when it is null.</param>
    /// <param name="description">The payload type's description, when it says more than whose result it is.</param>
    public void ReturnsNode<TNodeGraphType>(string nodeField, string nodeDescription, string? description = null)
        where TNodeGraphType : ObjectGraphType<TResult>
    {
        var name = $"{char.ToUpperInvariant(declaration.Name[0])}{declaration.Name[1..]}Payload";
        var payload = new NodePayloadGraphType<TNodeGraphType, TResult>(
            name, description ?? $"The result of `{declaration.Name}`.", nodeField, nodeDescription, pipeline.Write.ReportsOutcome);
        Add(declaration.Mutation.Field(declaration.Name, payload));
    }

    /// <summary>Adds the mutation with a payload type of its own, for writes that return no node.</summary>
    public void Returns<TPayloadGraphType>()
        where TPayloadGraphType : PayloadGraphType<TResult> =>
        Add(declaration.Mutation.Field<TPayloadGraphType>(declaration.Name));

    private void Add(FieldBuilder<object?, object> field)
    {
        // Nullable: a mutation the caller may not run, or that ran out of time, is null with an error at its path, and the others stay.
        declaration.AddInputArgument(field.Description(declaration.Description));
        FieldScope.Require(field.FieldType, declaration.Scope);
        foreach (var reach in reaches)
            FieldReach.Add(field.FieldType, reach);
        field.ResolveAsync(async context =>
            await pipeline.RunAsync(context.GetArgument<TInput>(MutationInput.Argument), context.RequestServices!, context.CancellationToken));
    }
}
