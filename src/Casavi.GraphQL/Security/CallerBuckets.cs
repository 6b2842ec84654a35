using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Security;

/// <summary>
/// The token bucket of every caller (<see cref="CallerRateLimitSettings"/>), shared by the rate-limiting
/// middleware, which takes a permit when a request arrives, and the transport, which takes more from a
/// caller whose request was refused for its cost: refusing is cheap, but not free, and a caller sending
/// bombs is probing or broken.
/// </summary>
internal sealed class CallerBuckets : IDisposable
{
    private readonly CallerRateLimitSettings settings;
    private readonly PartitionedRateLimiter<string> buckets;

    public CallerBuckets(IOptions<CallerRateLimitSettings> options)
    {
        settings = options.Value;
        buckets = PartitionedRateLimiter.Create<string, string>(caller => RateLimitPartition.GetTokenBucketLimiter(
            caller,
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = settings.Burst,
                TokensPerPeriod = settings.PermitsPerSecond,
                ReplenishmentPeriod = CallerRateLimitPolicy.Period,
                QueueLimit = settings.QueueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }));
    }

    /// <summary>The bucket of <paramref name="caller"/> as a limiter of its own: the middleware's partition of that caller.</summary>
    public RateLimiter Of(string caller) => new CallerBucket(buckets, caller);

    /// <summary>
    /// Takes what <see cref="CallerRateLimitSettings.PermitsPerCostRefusal"/> asks beyond the permit taken on
    /// arrival from the caller of <paramref name="context"/>, or as many as are left.
    /// </summary>
    public void ChargeCostRefusal(HttpContext context)
    {
        if (!settings.IsOn)
            return;
        var caller = CallerRateLimitPolicy.CallerKey(context.User, context.Connection.RemoteIpAddress);
        var left = buckets.GetStatistics(caller)?.CurrentAvailablePermits ?? 0;
        var charge = (int)Math.Min(settings.PermitsPerCostRefusal - 1, left);
        if (charge > 0)
            buckets.AttemptAcquire(caller, charge).Dispose(); // a token bucket's lease gives nothing back
    }

    /// <summary>
    /// Takes one permit for an operation that arrived on a long-lived connection (a WebSocket's <c>subscribe</c>),
    /// which the middleware saw only once, when the connection opened; false when the caller has none left.
    /// </summary>
    public bool TryTake(HttpContext context)
    {
        if (!settings.IsOn)
            return true;
        using var lease = buckets.AttemptAcquire(CallerRateLimitPolicy.CallerKey(context.User, context.Connection.RemoteIpAddress));
        return lease.IsAcquired;
    }

    public void Dispose() => buckets.Dispose();
}
