using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Kernel.Filtering;

/// <summary>A list of objects: <c>some</c>, <c>all</c> or <c>none</c> of its items match a filter, or it has <c>any</c> item at all.</summary>
public sealed class ItemsField<T, TItem>(string name, string description, Func<T, IEnumerable<TItem>> items) : QueryableField<T>(name, description)
{
    public override Type OperationType => typeof(ListFilterInputGraphType<TItem>);

    public override bool IsSortable => false;

    public override Func<T, bool> Predicate(IDictionary<string, object?> operations, IServiceProvider services)
    {
        var itemFields = services.GetRequiredService<QueryableFields<TItem>>();
        var tests = operations.Select(operation => Test(operation.Key, operation.Value, itemFields, services)).ToList();
        return item =>
        {
            var list = items(item).ToList();
            return tests.TrueForAll(test => test(list));
        };
    }

    public override int Compare(T x, T y, bool descending) => throw new InvalidOperationException("A list is not sortable.");

    private static Func<List<TItem>, bool> Test(string operation, object? operand, QueryableFields<TItem> itemFields, IServiceProvider services)
    {
        if (operation == "any")
            return list => operand is not bool wanted || list.Count > 0 == wanted;
        var match = WhereClause.Predicate(operand as IDictionary<string, object?>, itemFields, services);
        return operation switch
        {
            "some" => list => list.Exists(item => match(item)),
            "all" => list => list.TrueForAll(item => match(item)),
            "none" => list => !list.Exists(item => match(item)),
            _ => throw UnknownOperation(operation),
        };
    }
}
