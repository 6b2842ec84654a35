using Casavi.Contract.Integration;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Jobs;

public sealed class StartImportInputGraphType : InputObjectGraphType<StartImport>
{
    public StartImportInputGraphType()
    {
        Name = "StartImportInput";
        Description = $"Master data to import. At least one entity, at most {ImportLimits.MaxEntities} in all (casavi's recommendation), "
            + "and at most 15 MB as JSON; split larger imports.";
        Field<NonNullGraphType<BooleanGraphType>>("updateExisting").Description("Whether existing entities are updated.").DefaultValue(true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportPropertyInputGraphType>>>>("properties")
            .Description("Properties to create or update.")
            .DefaultValue(new List<object>());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportUnitInputGraphType>>>>("units")
            .Description("Units to create or update.")
            .DefaultValue(new List<object>());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportContactInputGraphType>>>>("contacts")
            .Description("Contacts to create or update, with their contracts.")
            .DefaultValue(new List<object>());
    }
}
