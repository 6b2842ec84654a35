namespace Casavi.GraphQL.Kernel.Filtering;

/// <summary>A field with one value per item, tested operation by operation: all operations given must hold.</summary>
public abstract class ValueField<T, TValue>(string name, string description, Func<T, TValue> value) : QueryableField<T>(name, description)
{
    protected TValue ValueOf(T item) => value(item);

    public sealed override Func<T, bool> Predicate(IDictionary<string, object?> operations, IServiceProvider services)
    {
        var tests = operations.Select(operation => Test(operation.Key, operation.Value)).ToList();
        return item =>
        {
            var current = value(item);
            return tests.TrueForAll(test => test(current));
        };
    }

    /// <summary>The test of one operation with its operand.</summary>
    protected abstract Func<TValue, bool> Test(string operation, object? operand);
}
