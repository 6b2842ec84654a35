using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Filtering;

public sealed class BooleanOperationFilterInputGraphType : InputObjectGraphType
{
    public BooleanOperationFilterInputGraphType()
    {
        Name = "BooleanOperationFilterInput";
        Description = "Conditions on a yes/no value.";
        Field<BooleanGraphType>("eq").Description("Equal to this; null: the value is missing.");
        Field<BooleanGraphType>("neq").Description("Not equal to this; null: the value is present.");
    }
}
