using Casavi.GraphQL.Kernel.Caching;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Casavi.GraphQL.Health;

/// <summary>
/// Degraded, not unhealthy, while the configured Redis cache is unavailable: the gateway still answers
/// everything, from its own memory and casavi. Each probe asks Redis within the cache's own bounds.
/// </summary>
internal sealed class RedisCacheHealthCheck(GuardedDistributedCache cache) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken) =>
        await cache.CheckAsync(cancellationToken)
            ? HealthCheckResult.Healthy("Redis answers; replicas share cached casavi reads.")
            : HealthCheckResult.Degraded($"Redis cache unavailable ({cache.Unavailability}); requests are served from memory and casavi.");
}
