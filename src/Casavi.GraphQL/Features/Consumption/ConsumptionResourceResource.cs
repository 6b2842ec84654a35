using Casavi.Client.Api;
using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.Consumption;

/// <summary>casavi's consumption resources (meters): by id and as a list.</summary>
public sealed class ConsumptionResourceResource : CasaviResource<ConsumptionResource, ConsumptionResourceGraphType, IConsumptionApi>
{
    public ConsumptionResourceResource()
        : base("ConsumptionResource", value => value.Id, (api, id, token) => api.GetResourceAsync(id, token), (api, token) => api.ListResourcesAsync(token))
    {
        ByIdField = "consumptionResource";
        RootList = new RootList<ConsumptionResource, IConsumptionApi, NoFilter>(
            "consumptionResources",
            "The consumption resources of the account, in casavi's order.",
            (api, _, token) => api.ListResourcesAsync(token),
            _ => NoFilter.Instance);
    }
}
