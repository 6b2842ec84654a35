using Casavi.Contract;

namespace Casavi.GraphQL.Kernel.Paging;

/// <summary>
/// The casavi pages one GraphQL request has asked for, by list scope and link, so connections that
/// read the same list (aliased copies of one field, a list under several parents) share each page:
/// one casavi read per page and request, with or without the cross-request cache. Scoped per request.
/// </summary>
public sealed class RequestPages
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Task> pages = new(StringComparer.Ordinal);

    /// <summary>The page under <paramref name="scope"/> and <paramref name="link"/> (null: the first), read by <paramref name="read"/> the first time.</summary>
    public Task<Page<T>> GetOrRead<T>(string scope, string? link, Func<Task<Page<T>>> read)
    {
        var key = $"{scope}\n{link}";
        lock (gate)
        {
            if (!pages.TryGetValue(key, out var page))
                pages[key] = page = read();
            return (Task<Page<T>>)page;
        }
    }
}
