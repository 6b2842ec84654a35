using Casavi.GraphQL.Kernel.Caching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Kernel.Subscriptions;

public static class SubscriptionServiceExtensions
{
    /// <summary>The hub and the bus: through Redis when the cache has one (<see cref="CacheOptions.Redis"/>), else in-process.</summary>
    public static IServiceCollection AddChangeHub(this IServiceCollection services)
    {
        services.AddSingleton<ChangeHub>();
        services.AddSingleton<IChangeBus>(provider => string.IsNullOrWhiteSpace(provider.GetRequiredService<IOptions<CacheOptions>>().Value.Redis)
            ? ActivatorUtilities.CreateInstance<InProcessChangeBus>(provider)
            : ActivatorUtilities.CreateInstance<RedisChangeBus>(provider));
        services.AddHostedService<ChangeBusListener>();
        return services;
    }
}
