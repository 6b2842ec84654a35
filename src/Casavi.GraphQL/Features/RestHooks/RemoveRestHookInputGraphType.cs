using GraphQL.Types;

namespace Casavi.GraphQL.Features.RestHooks;

public sealed class RemoveRestHookInputGraphType : InputObjectGraphType<RemoveRestHookInput>
{
    public RemoveRestHookInputGraphType()
    {
        Name = "RemoveRestHookInput";
        Description = "The webhook subscription to end.";
        Field<NonNullGraphType<StringGraphType>>("id").Description("casavi ID (`referenceId`) of the subscription.");
    }
}
