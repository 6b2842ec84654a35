namespace Casavi.GraphQL.Kernel.Filtering;

/// <summary>
/// A list of values (reference IDs, roles): <c>some</c>, <c>all</c> or <c>none</c> of its entries meet the
/// conditions <paramref name="entry"/> reads, or it has <c>any</c> entry.
/// </summary>
/// <param name="entry">The field an entry is tested as: its value is the entry itself.</param>
/// <param name="operationType">The input type of the list's conditions.</param>
public sealed class EntriesField<T, TEntry>(string name, string description, Func<T, IEnumerable<TEntry>> entries, QueryableField<TEntry> entry, Type operationType)
    : QueryableField<T>(name, description)
{
    public override Type OperationType => operationType;

    public override bool IsSortable => false;

    public override Func<T, bool> Predicate(IDictionary<string, object?> operations, IServiceProvider services) =>
        ListOperations.Predicate(operations, entries, conditions => conditions is null ? _ => true : entry.Predicate(conditions, services));

    public override int Compare(T x, T y, bool descending) => throw new InvalidOperationException("A list is not sortable.");
}
