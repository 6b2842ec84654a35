using Casavi.Client.Api;
using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Mutations;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.RestHooks;

public sealed class RestHookMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<RegisterRestHookInputGraphType, RegisterRestHookInput>(
                "registerRestHook",
                "Subscribes a URL to a casavi event (POST /v2/restHooks). Sent once: casavi assigns the ID, so an unclear failure "
                + "cannot be checked and comes back as UPSTREAM_UNAVAILABLE; look at `restHooks` before trying again.")
            .AdministersAccount()
            .Validate((check, input) =>
            {
                HookTargetUrl.Check(check, input.TargetUrl, "targetUrl");
                check.Required(input.Event, "event");
            })
            .ValidateAsync((check, input, services, token) => HookTargetUrl.CheckAddressesAsync(check, input.TargetUrl, "targetUrl", services, token))
            .WriteOnce<IRestHooksApi, RestHook>((hooks, input, token) => hooks.CreateAsync(input.ToCasavi(), token), "Look at `restHooks` before trying again.")
            .Primes(RestHookResource.Kind)
            .ReturnsNode<RestHookGraphType>("restHook", "The new subscription");

        mutation.Mutation<RemoveRestHookInputGraphType, RemoveRestHookInput>(
                "removeRestHook", "Ends a webhook subscription (DELETE /v2/restHooks/{id}). An unknown ID comes back as a NotFoundError.")
            .AdministersAccount()
            .Validate((check, input) => check.RequiredReferenceId(input.Id, "id"))
            .Addresses(RestHookResource.Kind.Name, "id", input => input.Id)
            .Write<IRestHooksApi>((hooks, input, token) => hooks.DeleteAsync(input.Id, token))
            .Returns<RemoveRestHookPayloadGraphType>();
    }
}
