using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Filtering;

public sealed class ListStringOperationFilterInputGraphType : InputObjectGraphType
{
    public ListStringOperationFilterInputGraphType()
    {
        Name = "ListStringOperationFilterInput";
        Description = "Conditions on a list of texts.";
        Field<StringOperationFilterInputGraphType>("some").Description("At least one text meets these conditions.");
        Field<StringOperationFilterInputGraphType>("all").Description("Every text meets these conditions (true for an empty list).");
        Field<StringOperationFilterInputGraphType>("none").Description("No text meets these conditions.");
        Field<BooleanGraphType>("any").Description("true: the list has texts; false: it is empty.");
    }
}
