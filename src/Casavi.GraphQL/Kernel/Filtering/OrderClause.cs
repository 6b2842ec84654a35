namespace Casavi.GraphQL.Kernel.Filtering;

/// <summary>
/// An <c>order</c> argument as a comparer: its entries in turn (within an entry, its fields in the order
/// written), then the item's key, so equal items keep one order from page to page.
/// </summary>
public static class OrderClause
{
    public const string Ascending = "ASC";
    public const string Descending = "DESC";

    public static IComparer<T> ComparerOf<T>(IEnumerable<object?>? order, QueryableFields<T> fields)
    {
        var keys = new List<(QueryableField<T> Field, bool Descending)>();
        foreach (var entry in (order ?? []).OfType<IDictionary<string, object?>>())
        {
            foreach (var (name, direction) in entry)
            {
                if (direction is null)
                    continue;
                var field = fields.Find(name) is { IsSortable: true } sortable ? sortable : throw Errors.GraphQLErrors.BadUserInput($"'{name}' cannot be sorted by.");
                keys.Add((field, direction is Descending));
            }
        }

        return Comparer<T>.Create((x, y) =>
        {
            foreach (var (field, descending) in keys)
            {
                if (field.Compare(x, y, descending) is var compared and not 0)
                    return compared;
            }

            return string.CompareOrdinal(fields.Key(x), fields.Key(y));
        });
    }
}
