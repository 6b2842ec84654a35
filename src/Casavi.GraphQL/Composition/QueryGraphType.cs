using Casavi.GraphQL.Kernel.Fields;
using GraphQL.Types;

namespace Casavi.GraphQL.Composition;

public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType(IEnumerable<IQueryFields> features)
    {
        Name = "Query";
        Description = "Reads from casavi: master data, tickets, communication and integration state.";
        foreach (var feature in features.OrderBy(feature => feature.GetType().Name, StringComparer.Ordinal))
            feature.AddTo(this);
    }
}
