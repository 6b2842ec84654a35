using Casavi.Contract.MasterData;
using Casavi.GraphQL.Features.Properties;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Subcommunities;

/// <summary>Adds <c>Property.subcommunities</c>.</summary>
public sealed class PropertySubcommunities : ITypeExtension<PropertyGraphType>
{
    public void Extend(PropertyGraphType type) =>
        type.ReferencesField<Property, SubcommunityGraphType, Subcommunity>("subcommunities", property => property.SubcommunityIds)
            .Description("The subcommunities of the property (fetched one request each, in parallel).");
}
