using Casavi.Contract.MasterData;
using Casavi.GraphQL.Features.Units;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Filtering;
using Casavi.GraphQL.Kernel.Relay;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Subcommunities;

public sealed class SubcommunityGraphType : ObjectGraphType<Subcommunity>
{
    public SubcommunityGraphType(IEnumerable<ITypeExtension<SubcommunityGraphType>> extensions)
    {
        Name = "Subcommunity";
        Description = "A part of a property with its own community of owners (e.g. House A), grouping some of its units.";
        this.IsNode(subcommunity => subcommunity.Id);

        Field("referenceId", subcommunity => subcommunity.Id).Description("casavi ID of the subcommunity.");
        Field(subcommunity => subcommunity.Name).Description("Name of the subcommunity (e.g. House A).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitGraphType>>>>("units")
            .Description("The units of the subcommunity, as casavi embeds them.")
            .ResolveQueryableList<Subcommunity, Unit>(context => context.Source.Units);

        this.ApplyExtensions(extensions);
    }
}
