using Casavi.Client.Api;
using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Paging;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Scalars;
using GraphQL;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Properties;

public sealed class PropertyQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.ConnectionField<object?, PropertyGraphType>("properties")
            .Description("All properties of the account, in casavi's order.")
            .Argument<DateTimeScalar>("modifiedAfter", "Only properties modified after this moment.")
            .ResolveAsync(async context =>
            {
                var modifiedAfter = context.GetArgument<DateTimeOffset?>("modifiedAfter");
                var api = context.Service<IPropertiesApi>();
                var loader = context.Service<PropertyByIdLoader>();
                var list = new CasaviList<Property>($"properties?modifiedAfter={modifiedAfter:O}", token => api.ListAsync(modifiedAfter, token));
                return await context.ResolveListAsync(list, property => loader.Prime(property.Id, property));
            });

        query.ReferenceIdField<PropertyGraphType, PropertyByIdLoader, Property>("property", "Property");
    }
}
