using Casavi.GraphQL.Kernel.Scalars;
using GraphQL.Builders;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Contracts;

public static class ContractFieldExtensions
{
    /// <summary>The arguments of a <c>contracts</c> field that <see cref="ContractSelection.From"/> reads.</summary>
    public static FieldBuilder<TSource, TReturn> ContractSelectionArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<NonNullGraphType<BooleanGraphType>>(ContractSelection.IncludeInactiveArgument, "Also list contracts that have ended.", argument => argument.DefaultValue = false)
        .Argument<DateTimeScalar>(
            ContractSelection.ActiveAtArgument,
            "Only contracts in force at this moment: started (or without a start date) and not yet ended. Use it for current owners and renters, since contracts that start in the future are otherwise listed as active. Overrides `includeInactive`.");
}
