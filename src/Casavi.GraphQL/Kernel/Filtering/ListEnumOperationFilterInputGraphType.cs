using Casavi.GraphQL.Kernel.Fields;
using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Filtering;

public sealed class ListEnumOperationFilterInputGraphType<TEnum> : InputObjectGraphType
    where TEnum : struct, Enum
{
    public ListEnumOperationFilterInputGraphType()
    {
        var values = new InputEnumGraphType<TEnum>().Name[..^"Input".Length];
        Name = $"{values}ListOperationFilterInput";
        Description = $"Conditions on a list of {values} values.";
        Field<EnumOperationFilterInputGraphType<TEnum>>("some").Description("At least one value meets these conditions.");
        Field<EnumOperationFilterInputGraphType<TEnum>>("all").Description("Every value meets these conditions (true for an empty list).");
        Field<EnumOperationFilterInputGraphType<TEnum>>("none").Description("No value meets these conditions.");
        Field<BooleanGraphType>("any").Description("true: the list has values; false: it is empty.");
    }
}
