using Casavi.GraphQL.Kernel.Mutations;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.RestHooks;

public sealed class RegisterRestHookPayloadGraphType : PayloadGraphType<RegisterRestHookPayload>
{
    public RegisterRestHookPayloadGraphType()
        : base("RegisterRestHookPayload", "The result of `registerRestHook`.")
    {
        Field<RestHookGraphType>("restHook").Description("The new subscription; null when `errors` is not empty.").Resolve(context => context.Source.RestHook);
    }
}
