using System.Collections.Concurrent;

namespace Casavi.GraphQL.Kernel.Caching;

/// <summary>
/// When casavi last reported a change of each kind of entity in one account, as this replica learnt it.
/// A whole list that casavi can bring up to date (<see cref="WholeList{T}.ChangedSince"/>) read before
/// then is due for that refresh, one request for what changed, instead of being dropped and read whole.
/// </summary>
public sealed class ChangedEntities
{
    private readonly ConcurrentDictionary<Type, DateTimeOffset> lastChanged = new();

    public void Changed(Type entity, DateTimeOffset at) =>
        lastChanged.AddOrUpdate(entity, at, (_, known) => at > known ? at : known);

    public bool ChangedSince(Type entity, DateTimeOffset moment) =>
        lastChanged.TryGetValue(entity, out var changed) && changed >= moment;
}
