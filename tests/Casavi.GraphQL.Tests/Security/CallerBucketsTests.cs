using System.Net;
using Casavi.GraphQL.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Tests.Security;

/// <summary>One bucket per caller, which the middleware's partition and the cost refusals share.</summary>
public sealed class CallerBucketsTests
{
    private static readonly IPAddress Address = IPAddress.Parse("192.0.2.50");

    [Fact]
    public void A_cost_refusal_takes_what_the_setting_asks_beyond_the_arrival_permit_or_what_is_left()
    {
        using var buckets = Buckets(permitsPerCostRefusal: 3);
        using var bucket = buckets.Of(Caller());

        using var arrival = bucket.AttemptAcquire();
        buckets.ChargeCostRefusal(Request());
        var afterOne = bucket.GetStatistics()!.CurrentAvailablePermits;
        buckets.ChargeCostRefusal(Request());
        buckets.ChargeCostRefusal(Request());

        Assert.True(arrival.IsAcquired);
        Assert.Equal(5 - 1 - 2, afterOne);
        Assert.Equal(0, bucket.GetStatistics()!.CurrentAvailablePermits);
        Assert.False(bucket.AttemptAcquire().IsAcquired);
    }

    [Fact]
    public void One_permit_per_cost_refusal_takes_nothing_more_and_other_callers_keep_theirs()
    {
        using var buckets = Buckets(permitsPerCostRefusal: 1);
        using var bucket = buckets.Of(Caller());
        using var other = buckets.Of("ip:192.0.2.51");

        using var arrival = bucket.AttemptAcquire();
        buckets.ChargeCostRefusal(Request());

        Assert.Equal(4, bucket.GetStatistics()!.CurrentAvailablePermits);
        Assert.Equal(5, other.GetStatistics()?.CurrentAvailablePermits ?? 5);
    }

    private static CallerBuckets Buckets(int permitsPerCostRefusal) => new(Options.Create(new CallerRateLimitSettings
    {
        PermitsPerSecond = 1,
        Burst = 5,
        PermitsPerCostRefusal = permitsPerCostRefusal,
    }));

    private static DefaultHttpContext Request() => new() { Connection = { RemoteIpAddress = Address } };

    private static string Caller() => CallerRateLimitPolicy.CallerKey(Request().User, Address);
}
