using Casavi.GraphQL.Kernel.Caching;
using Casavi.GraphQL.Kernel.DataLoading;

namespace Casavi.GraphQL.Kernel.Resources;

/// <summary>
/// A one-to-many loader over a list casavi serves only whole (orders, checklists, ticket types):
/// the list is read at most once per request (from the cross-request cache when it holds it),
/// however many batches ask, and grouped by parent key. Every key resolves to a list, empty when nothing belongs to it.
/// </summary>
public abstract class GroupedListLoader<TValue>(ResourceLoader<TValue> byId, IServiceProvider services, ListCache lists)
    : BatchLoader<string, IReadOnlyList<TValue>>(StringComparer.Ordinal)
    where TValue : class
{
    private readonly Lock gate = new();
    private Task<ILookup<string, TValue>>? grouped;

    /// <summary>The parent key of an entry (e.g. an order's ticket id); null leaves it out.</summary>
    protected abstract string? GroupKeyOf(TValue value);

    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<TValue>>> FetchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var groups = await GroupedAsync(cancellationToken);
        return keys.ToDictionary(key => key, key => (IReadOnlyList<TValue>)[.. groups[key]], StringComparer.Ordinal);
    }

    private Task<ILookup<string, TValue>> GroupedAsync(CancellationToken cancellationToken)
    {
        lock (gate)
            return grouped ??= WalkAndGroupAsync(cancellationToken);
    }

    private async Task<ILookup<string, TValue>> WalkAndGroupAsync(CancellationToken cancellationToken)
    {
        var entries = new List<(string Key, TValue Value)>();
        var list = await lists.ReadAsync(byId.Resource.WholeList(services), cancellationToken);
        foreach (var value in list.Items)
        {
            // The entity's loader need not fetch what the walk met.
            byId.Prime(value);
            if (GroupKeyOf(value) is { } key)
                entries.Add((key, value));
        }

        return entries.ToLookup(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);
    }
}
