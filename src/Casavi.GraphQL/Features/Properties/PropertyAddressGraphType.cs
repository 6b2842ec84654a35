using Casavi.Contract.MasterData;
using Casavi.GraphQL.Features.Units;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Filtering;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Properties;

public sealed class PropertyAddressGraphType : ObjectGraphType<PropertyAddress>
{
    public PropertyAddressGraphType()
    {
        Name = "PropertyAddress";
        Description = "A street address of a property and the units reached through it.";
        Field(address => address.Street).Description("Street and house number (e.g. Main street 14).");
        Field("unitReferenceIds", address => address.Units).Description("casavi reference IDs of the units at this address.");
        Field<ListGraphType<UnitGraphType>>("units")
            .ReachesResource<PropertyAddress, object, Unit>()
            .Description("The units at this address (null where a listed unit no longer exists; left out when filtered or sorted).")
            .ResolveQueryableList<PropertyAddress, Unit>(context => context.Service<ResourceLoader<Unit>>().LoadManyAsync(context.Source.Units));
    }
}
