namespace Casavi.GraphQL.Kernel.Filtering;

/// <summary>A yes/no field: <c>eq</c> and <c>neq</c>; false sorts before true.</summary>
public sealed class BooleanField<T>(string name, string description, Func<T, bool?> value) : QueryableField<T>(name, description)
{
    public override Type OperationType => typeof(BooleanOperationFilterInputGraphType);

    public override Func<T, bool> Predicate(IDictionary<string, object?> operations, IServiceProvider services)
    {
        var tests = operations.Select(operation => Test(operation.Key, operation.Value as bool?)).ToList();
        return item =>
        {
            var current = value(item);
            return tests.TrueForAll(test => test(current));
        };
    }

    public override int Compare(T x, T y, bool descending) => NullsLast(value(x), value(y), descending);

    private static Func<bool?, bool> Test(string operation, bool? operand) => operation switch
    {
        "eq" => current => current == operand,
        "neq" => current => current != operand,
        _ => throw UnknownOperation(operation),
    };
}
