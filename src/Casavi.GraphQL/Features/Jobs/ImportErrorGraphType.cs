using Casavi.Contract.Integration;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Jobs;

public sealed class ImportErrorGraphType : ObjectGraphType<ImportError>
{
    public ImportErrorGraphType()
    {
        Name = "ImportError";
        Description = "Why casavi could not import one entity.";
        Field(error => error.Model, nullable: true).Description("The kind of entity the problem is in (e.g. Contact).");
        Field(error => error.Field, nullable: true).Description("The field that is wrong (e.g. id).");
        Field(error => error.Reason, nullable: true).Description("casavi's reason code (e.g. not_found).");
    }
}
