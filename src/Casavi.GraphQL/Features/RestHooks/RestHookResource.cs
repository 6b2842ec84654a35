using Casavi.Client.Api;
using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.RestHooks;

/// <summary>The account's rest hooks; casavi lists them but serves none by id.</summary>
public sealed class RestHookResource : CasaviResource<RestHook, RestHookGraphType, IRestHooksApi>
{
    public RestHookResource()
        : base("RestHook", value => value.Id, null, (api, token) => api.ListAsync(token))
    {
        RootList = new RootList<RestHook, IRestHooksApi, NoFilter>(
            "restHooks",
            "The account's webhook subscriptions, in casavi's order.",
            (api, _, token) => api.ListAsync(token),
            _ => NoFilter.Instance);
    }
}
