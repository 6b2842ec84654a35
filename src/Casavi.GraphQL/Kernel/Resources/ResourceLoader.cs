using Casavi.Client;
using Casavi.Client.Errors;
using Casavi.GraphQL.Kernel.DataLoading;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Kernel.Resources;

/// <summary>
/// The batch loader of every casavi resource, by reference ID. Per batch it takes the cheaper way the
/// resource offers (<see cref="BatchCost"/>): by id in parallel for at most
/// <see cref="BatchingOptions.ByIdMaxKeys"/> keys, or one walk of the list that stops once every key
/// is found and primes the rest.
/// </summary>
public sealed class ResourceLoader<TValue>(
    ICasaviResource<TValue> resource,
    IServiceProvider services,
    ListScanner scanner,
    PageCountHints hints,
    IOptions<BatchingOptions> options,
    IOptions<CasaviClientOptions> client)
    : BatchLoader<string, TValue>(StringComparer.Ordinal)
    where TValue : class
{
    public ICasaviResource<TValue> Resource => resource;

    protected override string Name => resource.NodeName;

    /// <summary>Caches an entity read by another call, under its own key.</summary>
    public void Prime(TValue value) => Prime(resource.KeyOf(value), value);

    protected override async Task<IReadOnlyDictionary<string, TValue>> FetchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        if (resource.HasList && (!resource.HasById || WalkIsCheaper(keys)))
            return await ListWalk.FindAsync(keys, demand => resource.WalkAsync(services, scanner, demand, cancellationToken), resource.KeyOf, Prime);

        var values = await Task.WhenAll(keys.Select(key => GetOrNullAsync(key, cancellationToken)));
        return values.OfType<TValue>().ToDictionary(resource.KeyOf, StringComparer.Ordinal);
    }

    private bool WalkIsCheaper(IReadOnlyList<string> keys) =>
        BatchCost.WalkIsCheaper(
            keys.Count,
            hints.PagesOf(resource.ListName),
            hints.LocationsOf(resource.ListName).PagesHolding(keys)?.Count,
            options.Value.ByIdMaxKeys,
            client.Value.MaxConcurrentRequests);

    private async Task<TValue?> GetOrNullAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await resource.GetByIdAsync(services, key, cancellationToken);
        }
        catch (CasaviNotFoundException)
        {
            return null;
        }
    }
}
