using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Mutations;

public static class MutationFieldExtensions
{
    /// <summary>The name of the single argument every mutation takes.</summary>
    public const string InputArgument = "input";

    /// <summary>
    /// Declares a mutation in the Relay style: one non-null <c>input</c> argument and a non-null
    /// payload carrying the changed object and <c>errors: [UserError!]!</c>.
    /// </summary>
    public static FieldBuilder<object?, object> MutationField<TInputGraphType, TPayloadGraphType>(this ObjectGraphType mutation, string name)
        where TInputGraphType : IInputObjectGraphType
        where TPayloadGraphType : IObjectGraphType =>
        mutation.Field<NonNullGraphType<TPayloadGraphType>>(name)
            .Argument<NonNullGraphType<TInputGraphType>>(InputArgument, "What to write; every problem with it comes back in the payload's `errors`.");

    /// <summary>The mutation's <c>input</c> argument as its CLR type.</summary>
    public static TInput GetInput<TInput>(this IResolveFieldContext context) => context.GetArgument<TInput>(InputArgument);
}
