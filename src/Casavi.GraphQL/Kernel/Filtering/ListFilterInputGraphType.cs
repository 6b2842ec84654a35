using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Filtering;

/// <summary><c>{TypeName}ListFilterInput</c>: conditions on a list of <typeparamref name="TItem"/> inside an object.</summary>
public sealed class ListFilterInputGraphType<TItem> : InputObjectGraphType
{
    public ListFilterInputGraphType(QueryableFields<TItem> items)
    {
        Name = $"{items.TypeName}ListFilterInput";
        Description = $"Conditions on a list of {items.TypeName} items.";
        Field<FilterInputGraphType<TItem>>("some").Description("At least one item matches.");
        Field<FilterInputGraphType<TItem>>("all").Description("Every item matches (true for an empty list).");
        Field<FilterInputGraphType<TItem>>("none").Description("No item matches.");
        Field<BooleanGraphType>("any").Description("true: the list has items; false: it is empty.");
    }
}
