using Casavi.GraphQL.Kernel.Accounts;
using Casavi.GraphQL.Kernel.DataLoading;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Kernel.Caching;

public static class CasaviCacheServiceExtensions
{
    /// <summary>
    /// The cache of casavi reads on HybridCache, partitioned per casavi account; its L2 is whatever
    /// <c>IDistributedCache</c> is registered (Redis when configured).
    /// </summary>
    public static IServiceCollection AddCasaviCache(this IServiceCollection services)
    {
        services.AddPerAccount((_, account) => new CacheAccount(account));
        services.AddPerAccount<CasaviCache>();
        services.AddPerAccount<ListRefreshes>();
        services.AddPerAccount<ChangedEntities>();
        services.AddPerAccount<IListShapeStore>((scope, _) => new CachedListShapes(scope.GetRequiredService<CasaviCache>()));
        services.TryAddScoped<ListCache>();
        services.AddHybridCache().AddSerializerFactory(new CasaviJsonCacheSerializer());
        services.AddOptions<HybridCacheOptions>().Configure<IOptions<CacheOptions>>((hybrid, cache) =>
        {
            hybrid.MaximumPayloadBytes = cache.Value.MaxEntryBytes;
            // Page keys carry casavi's next links, which may be long.
            hybrid.MaximumKeyLength = 4096;
        });
        return services;
    }
}
