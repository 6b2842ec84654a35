using Casavi.Client;
using Casavi.Client.Errors;
using Casavi.GraphQL.Kernel.Caching;
using Casavi.GraphQL.Kernel.DataLoading;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Kernel.Resources;

/// <summary>
/// The batch loader of every casavi resource, by reference ID. Per batch it takes the cheaper way the
/// resource offers (<see cref="BatchCost"/>): by id in parallel for at most
/// <see cref="BatchingOptions.ByIdMaxKeys"/> keys, or the list. With the cross-request cache on, a
/// list already cached answers first, a list is read whole (and cached) and by-id reads are cached
/// one by one; with it off, a walk of the list stops once every key is found and primes the rest.
/// </summary>
public sealed class ResourceLoader<TValue>(
    ICasaviResource<TValue> resource,
    IServiceProvider services,
    ListScanner scanner,
    PageCountHints hints,
    ListCache lists,
    CasaviCache cache,
    IOptions<BatchingOptions> options,
    IOptions<CasaviClientOptions> client)
    : BatchLoader<string, TValue>(StringComparer.Ordinal)
    where TValue : class
{
    public ICasaviResource<TValue> Resource => resource;

    protected override string Name => resource.NodeName;

    /// <summary>Caches an entity read by another call, under its own key.</summary>
    public void Prime(TValue value) => Prime(resource.KeyOf(value), value);

    protected override Task<IReadOnlyDictionary<string, TValue>> FetchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        cache.Enabled ? FetchThroughCacheAsync(keys, cancellationToken) : FetchFromCasaviAsync(keys, cancellationToken);

    private async Task<IReadOnlyDictionary<string, TValue>> FetchFromCasaviAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        if (resource.HasList && (!resource.HasById || WalkIsCheaper(keys)))
            return await ListWalk.FindAsync(keys, demand => resource.WalkAsync(services, scanner, demand, cancellationToken), resource.KeyOf, Prime);
        return await ByIdAsync(keys, cached: false, cancellationToken);
    }

    private async Task<IReadOnlyDictionary<string, TValue>> FetchThroughCacheAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var list = resource.HasList ? await lists.ReadCachedAsync(resource.WholeList(services), cancellationToken) : null;
        if (list is null && resource.HasList && (!resource.HasById || BatchCost.WholeReadIsCheaper(keys.Count, hints.PagesOf(resource.ListName), options.Value.ByIdMaxKeys)))
            list = await lists.ReadAsync(resource.WholeList(services), cancellationToken);
        if (list is null)
            return await ByIdAsync(keys, cached: true, cancellationToken);

        var found = new Dictionary<string, TValue>(StringComparer.Ordinal);
        var absent = new List<string>();
        foreach (var key in keys)
        {
            if (list.Find(key, resource.KeyOf) is { } value)
                found[key] = value;
            else
                absent.Add(key);
        }

        // Created since the list was read, or not there at all: only a by-id read can tell.
        if (absent.Count > 0 && resource.HasById)
        {
            foreach (var (key, value) in await ByIdAsync(absent, cached: false, cancellationToken))
                found[key] = value;
        }

        return found;
    }

    private bool WalkIsCheaper(IReadOnlyList<string> keys) =>
        BatchCost.WalkIsCheaper(
            keys.Count,
            hints.PagesOf(resource.ListName),
            hints.LocationsOf(resource.ListName).PagesHolding(keys)?.Count,
            options.Value.ByIdMaxKeys,
            client.Value.MaxConcurrentRequests);

    private async Task<IReadOnlyDictionary<string, TValue>> ByIdAsync(IReadOnlyList<string> keys, bool cached, CancellationToken cancellationToken)
    {
        var values = await Task.WhenAll(keys.Select(key => GetOrNullAsync(key, cached, cancellationToken)));
        return values.OfType<TValue>().ToDictionary(resource.KeyOf, StringComparer.Ordinal);
    }

    private async Task<TValue?> GetOrNullAsync(string key, bool cached, CancellationToken cancellationToken)
    {
        try
        {
            return cached
                ? await cache.GetOrReadAsync($"{resource.NodeName}:{key}", token => resource.GetByIdAsync(services, key, token), cache.Ttl, cancellationToken)
                : await resource.GetByIdAsync(services, key, cancellationToken);
        }
        catch (CasaviNotFoundException)
        {
            return null;
        }
    }
}
