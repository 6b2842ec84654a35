using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.Filtering;

namespace Casavi.GraphQL.Features.Units;

/// <summary>What lists of units can be filtered and sorted by.</summary>
public sealed class UnitFields : QueryableFields<Unit>
{
    public UnitFields()
        : base("Unit", unit => unit.Id)
    {
        Text("referenceId", unit => unit.Id, "casavi reference ID of the unit.");
        Text("name", unit => unit.Name, "Name of the unit.");
        Text("number", unit => unit.Number, "The unit's number.");
        Text("floor", unit => unit.Floor, "Floor, as casavi gives it.");
        Choice<UnitPurpose>("purpose", unit => unit.Purpose, "What the unit is used for.");
        Fraction("votingShare", unit => unit.VotingShare, "The unit's share of the votes.");
        Text("propertyId", unit => unit.PropertyId, "casavi reference ID of the unit's property.");
        Items<Casavi.Contract.MasterData.Contract>("contracts", unit => unit.Contracts, "The unit's contracts, ended ones included.");
    }
}
