using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Filtering;

public sealed class SortEnumGraphType : EnumerationGraphType
{
    public SortEnumGraphType()
    {
        Name = "SortEnumType";
        Description = "A sort direction. Missing values (null) come last either way.";
        Add(OrderClause.Ascending, OrderClause.Ascending, "Ascending: A to Z, earliest first, smallest first; enum values in casavi's order (ticket status: OPEN, IN_PROGRESS, CLOSED; priority: LOW, NORMAL, HIGH).");
        Add(OrderClause.Descending, OrderClause.Descending, "Descending: Z to A, latest first, largest first.");
    }
}
