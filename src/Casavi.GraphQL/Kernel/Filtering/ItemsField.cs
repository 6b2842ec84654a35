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
        return ListOperations.Predicate(operations, items, conditions => WhereClause.Predicate(conditions, itemFields, services));
    }

    public override int Compare(T x, T y, bool descending) => throw new InvalidOperationException("A list is not sortable.");
}
