using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Casavi.GraphQL.Kernel.Caching;

public static class RedisSecondLevelExtensions
{
    /// <summary>Prefix of every key the gateway writes, so a Redis shared with others stays readable.</summary>
    public const string InstanceName = "casavi-gateway:";

    /// <summary>
    /// When <see cref="CacheOptions.Redis"/> is set: Redis as <see cref="IDistributedCache"/> (HybridCache's second
    /// level), behind <see cref="GuardedDistributedCache"/>. Both are singletons; the guard also resolves as itself.
    /// Needs <see cref="CacheOptions"/> registered as options.
    /// </summary>
    public static IServiceCollection AddRedisSecondLevel(this IServiceCollection services, CacheOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Redis))
            return services;

        services.AddStackExchangeRedisCache(redis =>
        {
            redis.ConfigurationOptions = RedisConnection.Options(options);
            redis.InstanceName = InstanceName;
        });
        // The package registers its cache as IDistributedCache; the guard takes that place and keeps Redis behind it.
        var redis = services.Last(service => service.ServiceType == typeof(IDistributedCache));
        services.Remove(redis);
        services.AddSingleton(typeof(RedisCache), redis.ImplementationType
            ?? throw new InvalidOperationException("AddStackExchangeRedisCache no longer registers an implementation type."));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<GuardedDistributedCache>(provider, provider.GetRequiredService<RedisCache>()));
        services.AddSingleton<IDistributedCache>(provider => provider.GetRequiredService<GuardedDistributedCache>());
        return services;
    }
}
