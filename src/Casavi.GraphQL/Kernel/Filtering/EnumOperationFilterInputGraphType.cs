using Casavi.GraphQL.Kernel.Fields;
using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Filtering;

public sealed class EnumOperationFilterInputGraphType<TEnum> : InputObjectGraphType
    where TEnum : struct, Enum
{
    public EnumOperationFilterInputGraphType()
    {
        var values = new InputEnumGraphType<TEnum>().Name;
        Name = $"{values[..^"Input".Length]}OperationFilterInput";
        Description = $"Conditions on a {values[..^"Input".Length]}; all given must hold.";
        Field<InputEnumGraphType<TEnum>>("eq").Description("Equal to this value.");
        Field<InputEnumGraphType<TEnum>>("neq").Description("Not equal to this value.");
        Field<ListGraphType<NonNullGraphType<InputEnumGraphType<TEnum>>>>("in").Description("One of these values.");
        Field<ListGraphType<NonNullGraphType<InputEnumGraphType<TEnum>>>>("nin").Description("None of these values.");
    }
}
