namespace Casavi.GraphQL.Kernel.Filtering;

/// <summary>A yes/no field: <c>eq</c> and <c>neq</c>; false sorts before true.</summary>
public sealed class BooleanField<T>(string name, string description, Func<T, bool?> value) : ValueField<T, bool?>(name, description, value)
{
    public override Type OperationType => typeof(BooleanOperationFilterInputGraphType);

    public override int Compare(T x, T y, bool descending) => NullsLast(ValueOf(x), ValueOf(y), descending);

    protected override Func<bool?, bool> Test(string operation, object? operand) => operation switch
    {
        "eq" => current => current == operand as bool?,
        "neq" => current => current != operand as bool?,
        _ => throw UnknownOperation(operation),
    };
}
