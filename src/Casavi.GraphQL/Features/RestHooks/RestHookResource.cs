using Casavi.Client.Api;
using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Mutations;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.RestHooks;

/// <summary>The account's rest hooks; casavi lists them but serves none by id.</summary>
public sealed class RestHookResource() : ListedResource<RestHook, RestHookGraphType, IRestHooksApi>(
    "RestHook", value => value.Id, (api, token) => api.ListAsync(token), "restHooks", "The account's webhook subscriptions, in casavi's order.")
{
    /// <summary>What mutations refer to or write.</summary>
    public static EntityKind<RestHook> Kind { get; } = EntityKind.Of(new RestHookResource());
}
