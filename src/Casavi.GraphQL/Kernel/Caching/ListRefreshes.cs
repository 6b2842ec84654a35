using System.Collections.Concurrent;

namespace Casavi.GraphQL.Kernel.Caching;

/// <summary>The list refreshes in flight in this process, so requests that find one list expired at once share one read.</summary>
public sealed class ListRefreshes
{
    private readonly ConcurrentDictionary<string, Task> inFlight = new(StringComparer.Ordinal);

    public async Task<T> JoinAsync<T>(string key, Func<Task<T>> refresh)
    {
        var task = (Task<T>)inFlight.GetOrAdd(key, _ => refresh());
        try
        {
            return await task;
        }
        finally
        {
            inFlight.TryRemove(new KeyValuePair<string, Task>(key, task));
        }
    }
}
