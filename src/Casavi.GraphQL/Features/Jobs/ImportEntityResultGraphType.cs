using Casavi.Contract.Integration;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Jobs;

public sealed class ImportEntityResultGraphType : ObjectGraphType<ImportEntityResult>
{
    public ImportEntityResultGraphType()
    {
        Name = "ImportEntityResult";
        Description = "What an import did with one kind of entity.";
        Field(result => result.Created).Description("How many entities were created.");
        Field(result => result.Updated).Description("How many existing entities were updated.");
        Field(result => result.Deleted).Description("How many entities were deleted.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportFailureGraphType>>>>("failed")
            .Description("The entities that could not be imported, with the reasons.")
            .Resolve(context => context.Source.Failed);
    }
}
