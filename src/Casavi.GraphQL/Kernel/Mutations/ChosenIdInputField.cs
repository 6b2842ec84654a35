using System.Linq.Expressions;
using Casavi.GraphQL.Kernel.Relay;
using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Mutations;

public static class ChosenIdInputField
{
    /// <summary>The optional <c>id</c> of a create input whose answer can be recovered: the caller's own reference ID for the new entity.</summary>
    public static void ChosenReferenceId<TInput>(this InputObjectGraphType<TInput> input, Expression<Func<TInput, string?>> id, string entity) =>
        input.Field(id, nullable: true).Description(
            $"Your own reference ID for the {entity} (1–{ReferenceIds.MaxLength} characters, no '/' or control characters, no whitespace at either end, not '.' or '..'). "
            + "casavi generates a UUID when it is left out, but then a create whose answer is lost cannot be checked or repeated safely.");
}
