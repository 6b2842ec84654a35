using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Fields;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Jobs;

public sealed class JobQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.ReferenceIdField<ImportJobGraphType, ImportJobLoader, ImportJob>("job", "Import job");
}
