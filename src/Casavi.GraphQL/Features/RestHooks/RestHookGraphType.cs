using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Relay;
using Casavi.GraphQL.Kernel.Scalars;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.RestHooks;

public sealed class RestHookGraphType : ObjectGraphType<RestHook>
{
    public RestHookGraphType(IEnumerable<ITypeExtension<RestHookGraphType>> extensions)
    {
        Name = "RestHook";
        Description = "A webhook subscription: casavi calls `targetUrl` when `event` happens.";
        this.IsNode(hook => hook.Id);
        Field("referenceId", hook => hook.Id).Description("casavi ID of the subscription (e.g. hook-1).");
        Field<NonNullGraphType<UrlScalar>>("targetUrl").Description("The URL casavi posts the event to.").Resolve(context => context.Source.TargetUrl);
        Field(hook => hook.Event).Description("The event name (e.g. ticket.created).");
        Field(hook => hook.CreatedAt, nullable: true).Description("When the subscription was made.");

        this.ApplyExtensions(extensions);
    }
}
