using Casavi.GraphQL.Kernel.Fields;
using GraphQL.Types;

namespace Casavi.GraphQL.Composition;

public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType(IEnumerable<IQueryFields> features)
    {
        Name = "Query";
        Description = "Reads from casavi: master data, tickets, communication and integration state. Every field that needs a casavi call of its own is nullable: when casavi cannot be read it is null, an error at its path says why, and the rest of the response keeps its data.";
        foreach (var feature in features.OrderBy(feature => feature.GetType().Name, StringComparer.Ordinal))
            feature.AddTo(this);
    }
}
