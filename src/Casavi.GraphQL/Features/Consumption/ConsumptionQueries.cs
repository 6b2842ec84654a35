using Casavi.Client.Api;
using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Paging;
using Casavi.GraphQL.Kernel.Fields;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Consumption;

public sealed class ConsumptionQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.ConnectionField<object?, ConsumptionResourceGraphType>("consumptionResources")
            .Description("The consumption resources of the account, in casavi's order.")
            .ResolveAsync(async context =>
            {
                var api = context.Service<IConsumptionApi>();
                var loader = context.Service<ConsumptionResourceLoader>();
                var list = new CasaviList<ConsumptionResource>("consumption/resources", api.ListResourcesAsync);
                return await context.ResolveListAsync(list, resource => loader.Prime(resource.Id, resource));
            });

        query.ReferenceIdField<ConsumptionResourceGraphType, ConsumptionResourceLoader, ConsumptionResource>("consumptionResource", "Consumption resource");
    }
}
