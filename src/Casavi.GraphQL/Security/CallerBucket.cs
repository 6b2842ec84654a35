using System.Diagnostics;
using System.Threading.RateLimiting;

namespace Casavi.GraphQL.Security;

/// <summary>
/// One caller's bucket of <see cref="CallerBuckets"/>, as the limiter the rate-limiting middleware keeps
/// for that caller. It reports itself idle when unused, so the middleware drops it; the bucket stays
/// with <see cref="CallerBuckets"/>, which drops it once full and idle.
/// </summary>
internal sealed class CallerBucket(PartitionedRateLimiter<string> buckets, string caller) : RateLimiter
{
    private long lastUsed = Stopwatch.GetTimestamp();

    public override TimeSpan? IdleDuration => Stopwatch.GetElapsedTime(Interlocked.Read(ref lastUsed));

    public override RateLimiterStatistics? GetStatistics() => buckets.GetStatistics(caller);

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        Interlocked.Exchange(ref lastUsed, Stopwatch.GetTimestamp());
        return buckets.AttemptAcquire(caller, permitCount);
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref lastUsed, Stopwatch.GetTimestamp());
        return buckets.AcquireAsync(caller, permitCount, cancellationToken);
    }
}
