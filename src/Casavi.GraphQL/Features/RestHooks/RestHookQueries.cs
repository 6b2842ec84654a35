using Casavi.Client.Api;
using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Paging;
using Casavi.GraphQL.Kernel.Fields;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.RestHooks;

public sealed class RestHookQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.ConnectionField<object?, RestHookGraphType>("restHooks")
            .Description("The account's webhook subscriptions, in casavi's order.")
            .ResolveAsync(async context =>
            {
                var api = context.Service<IRestHooksApi>();
                var loader = context.Service<RestHookLoader>();
                return await context.ResolveListAsync(new CasaviList<RestHook>("restHooks", api.ListAsync), hook => loader.Prime(hook.Id, hook));
            });
}
