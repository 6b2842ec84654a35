using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Mutations;

public static class MutationFieldExtensions
{
    /// <summary>
    /// Declares a mutation in the Relay style: one non-null <c>input</c> argument and a non-null
    /// payload carrying what was written and <c>errors: [UserError!]!</c>. The returned builder
    /// describes the steps <see cref="MutationPipeline{TInput, TResult}"/> runs; the field is added
    /// when the payload is named.
    /// </summary>
    public static MutationBuilder<TInput> Mutation<TInputGraphType, TInput>(this ObjectGraphType mutation, string name, string description)
        where TInputGraphType : InputObjectGraphType<TInput>
        where TInput : class =>
        new(new MutationDeclaration(mutation, name, description, field =>
            field.Argument<NonNullGraphType<TInputGraphType>>(MutationInput.Argument, "What to write; every problem with it comes back in the payload's `errors`.")));
}
