using Casavi.Client.Api;
using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Mutations;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.RestHooks;

public sealed class RestHookMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<RegisterRestHookInputGraphType, RegisterRestHookPayloadGraphType>("registerRestHook")
            .Description("Subscribes a URL to a casavi event (POST /v2/restHooks). Sent once: casavi assigns the ID, so an unclear failure "
                + "cannot be checked and comes back as UPSTREAM_UNAVAILABLE; look at `restHooks` before trying again.")
            .ResolveAsync(async context =>
            {
                var input = context.GetInput<RegisterRestHookInput>();
                var check = new InputValidator();
                HookTargetUrl.Check(check, input.TargetUrl, "targetUrl");
                check.Required(input.Event, "event");
                if (check.HasErrors)
                    return new RegisterRestHookPayload(null, check.Errors);

                var hooks = context.Service<IRestHooksApi>();
                var created = await WriteErrors.TryAsync(() => hooks.CreateAsync(input.ToCasavi(), context.CancellationToken), check.Path);
                if (created.Value is { } hook)
                    context.Service<ResourceLoader<RestHook>>().Prime(hook.Id, hook);
                return new RegisterRestHookPayload(created.Value, created.Error is { } error ? [error] : []);
            });

        mutation.MutationField<RemoveRestHookInputGraphType, RemoveRestHookPayloadGraphType>("removeRestHook")
            .Description("Ends a webhook subscription (DELETE /v2/restHooks/{id}). An unknown ID comes back as a NotFoundError.")
            .ResolveAsync(async context =>
            {
                var input = context.GetInput<RemoveRestHookInput>();
                var check = new InputValidator();
                if (check.Required(input.Id, "id"))
                    check.ReferenceId(input.Id, "id");
                if (check.HasErrors)
                    return new RemoveRestHookPayload(null, check.Errors);

                var hooks = context.Service<IRestHooksApi>();
                var idPath = check.PathOf("id");
                var error = await WriteErrors.TryAsync(() => hooks.DeleteAsync(input.Id, context.CancellationToken), idPath, new WriteTarget("RestHook", input.Id, idPath));
                return error is null ? new RemoveRestHookPayload(input.Id, []) : new RemoveRestHookPayload(null, [error]);
            });
    }
}
