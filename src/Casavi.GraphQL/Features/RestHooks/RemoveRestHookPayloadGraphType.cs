using Casavi.GraphQL.Kernel.Mutations;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.RestHooks;

public sealed class RemoveRestHookPayloadGraphType : PayloadGraphType<RemoveRestHookInput>
{
    public RemoveRestHookPayloadGraphType()
        : base("RemoveRestHookPayload", "The result of `removeRestHook`.")
    {
        Field<StringGraphType>("removedId").Description("casavi ID of the subscription that was ended; null when `errors` is not empty.").Resolve(context => context.Source.Result?.Id);
    }
}
