using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.Filtering;

namespace Casavi.GraphQL.Features.Subcommunities;

/// <summary>What lists of subcommunities can be filtered and sorted by.</summary>
public sealed class SubcommunityFields : QueryableFields<Subcommunity>
{
    public SubcommunityFields()
        : base("Subcommunity", subcommunity => subcommunity.Id)
    {
        Text("referenceId", subcommunity => subcommunity.Id, "casavi ID of the subcommunity.");
        Text("name", subcommunity => subcommunity.Name, "Name of the subcommunity.");
        Items<Unit>("units", subcommunity => subcommunity.Units, "The units of the subcommunity.");
    }
}
