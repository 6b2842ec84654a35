using Casavi.GraphQL.Kernel.Fields;
using GraphQL.Types;

namespace Casavi.GraphQL.Composition;

public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType(IEnumerable<IMutationFields> features)
    {
        Name = "Mutation";
        Description = "Writes to casavi. Writes are never retried automatically unless they are idempotent.";
        foreach (var feature in features.OrderBy(feature => feature.GetType().Name, StringComparer.Ordinal))
            feature.AddTo(this);
    }
}
