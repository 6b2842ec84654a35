using Casavi.Contract.Integration;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Jobs;

public sealed class ImportResultsGraphType : ObjectGraphType<ImportResults>
{
    public ImportResultsGraphType()
    {
        Name = "ImportResults";
        Description = "What an import did, per kind of entity; a kind the import did not touch is null.";
        Field<ImportEntityResultGraphType>("contacts").Description("Results for contacts.").Resolve(context => context.Source.Contacts);
        Field<ImportEntityResultGraphType>("properties").Description("Results for properties.").Resolve(context => context.Source.Properties);
        Field<ImportEntityResultGraphType>("units").Description("Results for units.").Resolve(context => context.Source.Units);
        Field<ImportEntityResultGraphType>("documents").Description("Results for documents.").Resolve(context => context.Source.Documents);
        Field<ImportEntityResultGraphType>("responsibilities").Description("Results for responsibilities.").Resolve(context => context.Source.Responsibilities);
    }
}
