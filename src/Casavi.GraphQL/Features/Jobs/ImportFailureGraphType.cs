using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Scalars;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Jobs;

public sealed class ImportFailureGraphType : ObjectGraphType<ImportFailure>
{
    public ImportFailureGraphType()
    {
        Name = "ImportFailure";
        Description = "An entity casavi could not import, as it was sent, with the reasons.";
        Field<JsonScalar>("entity").Description("The entity as it was sent to the importer (a contact, property, unit…).").Resolve(context => context.Source.Entity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportErrorGraphType>>>>("errors")
            .Description("What is wrong with it.")
            .Resolve(context => context.Source.Errors);
    }
}
