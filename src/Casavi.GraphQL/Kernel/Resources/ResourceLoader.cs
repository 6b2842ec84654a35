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
/// A by-id route casavi's reference does not state is trusted only once it has answered: until then
/// its 404 is checked against the list, and a route found missing (or answering 405) is not used again.
/// </summary>
public sealed class ResourceLoader<TValue>(
    ICasaviResource<TValue> resource,
    IServiceProvider services,
    ListScanner scanner,
    PageCountHints hints,
    ListCache lists,
    CasaviCache cache,
    IOptions<BatchingOptions> options,
    IOptions<CasaviClientOptions> client,
    CasaviAssumptions assumptions)
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
        if (resource.HasList && (!ByIdUsable || WalkIsCheaper(keys)))
            return await WalkAsync(keys, cancellationToken);
        return await ByIdCheckedAsync(keys, cached: false, cancellationToken);
    }

    private Task<IReadOnlyDictionary<string, TValue>> WalkAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        ListWalk.FindAsync(keys, demand => resource.WalkAsync(services, scanner, demand, cancellationToken), resource.KeyOf, Prime);

    private async Task<IReadOnlyDictionary<string, TValue>> FetchThroughCacheAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var list = resource.HasList ? await lists.ReadCachedAsync(resource.WholeList(services), cancellationToken) : null;
        if (list is null && resource.HasList && (!ByIdUsable || BatchCost.WholeReadIsCheaper(keys.Count, hints.PagesOf(resource.ListName), options.Value.ByIdMaxKeys)))
            list = await lists.ReadAsync(resource.WholeList(services), cancellationToken);
        if (list is null)
            return await ByIdCheckedAsync(keys, cached: true, cancellationToken);

        var found = Find(list, keys);
        var absent = keys.Where(key => !found.ContainsKey(key)).ToList();

        // Created since the list was read, or not there at all: only a by-id read can tell.
        if (absent.Count > 0 && ByIdUsable)
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

    private Dictionary<string, TValue> Find(CachedList<TValue> list, IEnumerable<string> keys) =>
        keys.Select(key => (Key: key, Value: list.Find(key, resource.KeyOf)))
            .Where(pair => pair.Value is not null)
            .ToDictionary(pair => pair.Key, pair => pair.Value!, StringComparer.Ordinal);

    private bool ByIdUsable => resource.HasById && !assumptions.IsDisproved(ByIdRouteExists);

    private string ByIdRouteExists => $"{resource.ByIdEndpoint} exists";

    private string ReadFromTheList => $"{resource.EntityName} entities are read from {resource.ListEndpoint}";

    private async Task<Dictionary<string, TValue>> ByIdAsync(IReadOnlyList<string> keys, bool cached, CancellationToken cancellationToken)
    {
        var values = await Task.WhenAll(keys.Select(key => GetOrNullAsync(key, cached, cancellationToken)));
        return values.OfType<TValue>().ToDictionary(resource.KeyOf, StringComparer.Ordinal);
    }

    /// <summary>By id, for keys the list was not asked about: what the route did not find is looked for in the list while the route is unproven.</summary>
    private async Task<IReadOnlyDictionary<string, TValue>> ByIdCheckedAsync(IReadOnlyList<string> keys, bool cached, CancellationToken cancellationToken)
    {
        var found = await ByIdAsync(keys, cached, cancellationToken);
        var absent = keys.Where(key => !found.ContainsKey(key)).ToList();
        if (absent.Count == 0 || !resource.ByIdRouteIsAssumed || !resource.HasList || assumptions.IsConfirmed(ByIdRouteExists))
            return found;

        // casavi may answer 404 alike for a route it lacks and an entity it lacks: the list tells which.
        var listed = cached ? Find(await lists.ReadAsync(resource.WholeList(services), cancellationToken), absent) : await WalkAsync(absent, cancellationToken);
        if (listed.Count > 0)
            assumptions.Disprove(ByIdRouteExists, ReadFromTheList);
        foreach (var (key, value) in listed)
            found[key] = value;
        return found;
    }

    private async Task<TValue?> GetOrNullAsync(string key, bool cached, CancellationToken cancellationToken)
    {
        try
        {
            var value = cached
                ? await cache.GetOrReadAsync($"{resource.NodeName}:{key}", typeof(TValue), token => resource.GetByIdAsync(services, key, token), cache.Ttl, cancellationToken)
                : await resource.GetByIdAsync(services, key, cancellationToken);
            assumptions.Confirm(ByIdRouteExists);
            return value;
        }
        catch (CasaviNotFoundException)
        {
            return null;
        }
        catch (CasaviInvalidInputException refused) when (refused.StatusCode == StatusCodes.Status405MethodNotAllowed && resource.ByIdRouteIsAssumed)
        {
            // The path is served, but not for reading one entity: no such route, whatever the entity.
            assumptions.Disprove(ByIdRouteExists, ReadFromTheList);
            return null;
        }
    }
}
