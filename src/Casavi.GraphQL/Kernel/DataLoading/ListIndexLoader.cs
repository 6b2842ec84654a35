namespace Casavi.GraphQL.Kernel.DataLoading;

/// <summary>
/// Loads entities of a list that casavi offers no by-id endpoint for (staff, ticket types…): the
/// list is walked once per batch, stopping when every key is found, and what it met is primed.
/// </summary>
public abstract class ListIndexLoader<TValue>() : BatchLoader<string, TValue>(StringComparer.Ordinal)
    where TValue : class
{
    protected abstract string KeyOf(TValue value);

    protected abstract IAsyncEnumerable<TValue> WalkAsync(CancellationToken cancellationToken);

    protected override Task<IReadOnlyDictionary<string, TValue>> FetchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        ListWalk.FindAsync(keys, WalkAsync(cancellationToken), KeyOf, Prime);
}
