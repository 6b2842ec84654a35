namespace Casavi.GraphQL.Kernel.Filtering;

/// <summary>A list of texts (e.g. reference IDs): <c>some</c>, <c>all</c> or <c>none</c> of them meet text conditions, or it has <c>any</c>.</summary>
public sealed class TextsField<T>(string name, string description, Func<T, IEnumerable<string>> texts) : QueryableField<T>(name, description)
{
    // One entry is tested as a text field whose value is the entry itself.
    private static readonly TextField<string> Entry = new("entry", "", text => text);

    public override Type OperationType => typeof(ListStringOperationFilterInputGraphType);

    public override bool IsSortable => false;

    public override Func<T, bool> Predicate(IDictionary<string, object?> operations, IServiceProvider services) =>
        ListOperations.Predicate(operations, texts, conditions => conditions is null ? _ => true : Entry.Predicate(conditions, services));

    public override int Compare(T x, T y, bool descending) => throw new InvalidOperationException("A list is not sortable.");
}
