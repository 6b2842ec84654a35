using Casavi.Contract.Integration;
using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.Fields;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Jobs;

public sealed class ImportUnitInputGraphType : InputObjectGraphType<ImportUnit>
{
    public ImportUnitInputGraphType()
    {
        Name = "ImportUnitInput";
        Description = "A unit to create or update, identified by its reference ID.";
        Field(unit => unit.Id).Description("Reference ID of the unit (e.g. P-00451-0001); unique among the imported units.");
        Field(unit => unit.PropertyId).Description("Reference ID of the property the unit belongs to (in casavi or in this import).");
        Field(unit => unit.Name).Description("Display name of the unit; must not be blank.");
        Field(unit => unit.Number, nullable: true).Description("Sequential number of the unit within its property.");
        Field<NonNullGraphType<InputEnumGraphType<UnitPurpose>>>("purpose")
            .Description("Intended usage of the unit.")
            .DefaultValue(UnitPurpose.Private);
        Field(unit => unit.Area, nullable: true).Description("Area in square meters, as text (e.g. 50.2).");
        Field(unit => unit.Floor, nullable: true).Description("The floor the unit is on.");
        Field(unit => unit.Rooms, nullable: true).Description("Number of rooms, as text.");
        Field(unit => unit.Address, nullable: true).Description("Street of the unit, when it differs from the property's.");
    }
}
