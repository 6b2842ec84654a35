using Casavi.Client.Api;
using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.Mutations;
using Casavi.GraphQL.Kernel.Resources;
using Casavi.GraphQL.Kernel.Scalars;
using GraphQL;

namespace Casavi.GraphQL.Features.Properties;

/// <summary>casavi's properties: by id and as a list filtered by modification time.</summary>
public sealed class PropertyResource : CasaviResource<Property, PropertyGraphType, IPropertiesApi>
{
    /// <summary>What mutations refer to or write.</summary>
    public static EntityKind<Property> Kind { get; } = EntityKind.Of(new PropertyResource());

    public PropertyResource()
        : base("Property", property => property.Id, (api, id, token) => api.GetAsync(id, token), (api, token) => api.ListAsync(null, token))
    {
        ByIdField = "property";
        ChangedSince = (api, since, token) => api.ListAsync(since, token);
        RootList = new RootList<Property, IPropertiesApi, Filter>(
            "properties",
            "All properties of the account, in casavi's order.",
            (api, filter, token) => api.ListAsync(filter.ModifiedAfter, token),
            context => new Filter(context.GetArgument<DateTimeOffset?>("modifiedAfter")))
        {
            Arguments = field => field.Argument<DateTimeScalar>("modifiedAfter", "Only properties modified after this moment."),
        };
    }

    private sealed record Filter(DateTimeOffset? ModifiedAfter);
}
