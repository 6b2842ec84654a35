using System.Net;
using Casavi.Client.Api;
using Casavi.Client.Errors;
using Casavi.Client.Tests.Support;

namespace Casavi.Client.Tests;

/// <summary>casavi's 429 is per account: one Retry-After pauses every call, on the fake clock.</summary>
public sealed class RateLimitPauseTests
{
    [Fact]
    public async Task A_retry_after_pauses_the_calls_of_other_requests_until_it_has_passed()
    {
        await using var harness = new ClientHarness(("RateLimitWaitLimit", "00:00:05"));
        var properties = harness.Get<IPropertiesApi>();
        await properties.GetAsync("P-0");
        harness.Stub.OnApi = ScriptedAnswers.FirstThen(() => StubAnswers.RetryAfterSeconds(HttpStatusCode.TooManyRequests, 3), () => StubAnswers.Json(Fixtures.Property("P-1")));

        var limited = properties.GetAsync("P-1");
        Assert.True(await Eventually.TrueAsync(() => harness.Stub.ApiRequests.Count == 2));
        var other = properties.GetAsync("P-2");
        await Eventually.SettleAsync();
        harness.Time.Advance(TimeSpan.FromSeconds(3) - TimeSpan.FromMilliseconds(1));
        await Eventually.SettleAsync();
        Assert.Equal(2, harness.Stub.ApiRequests.Count);

        harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        await Task.WhenAll(limited, other).WithinLimit();
        Assert.Equal(4, harness.Stub.ApiRequests.Count);
    }

    [Fact]
    public async Task A_pause_longer_than_the_wait_limit_fails_other_calls_at_once_with_the_time_left()
    {
        await using var harness = new ClientHarness(("RateLimitWaitLimit", "00:00:05"));
        harness.Stub.OnApi = (_, _) => Task.FromResult(StubAnswers.RetryAfterSeconds(HttpStatusCode.TooManyRequests, 30));
        var properties = harness.Get<IPropertiesApi>();

        var first = await Assert.ThrowsAsync<CasaviRateLimitedException>(() => properties.GetAsync("P-1"));
        harness.Time.Advance(TimeSpan.FromSeconds(10));
        var second = await Assert.ThrowsAsync<CasaviRateLimitedException>(() => properties.GetAsync("P-2").WithinLimit());

        Assert.Equal(TimeSpan.FromSeconds(30), first.RetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(20), second.RetryAfter);
        Assert.Single(harness.Stub.ApiRequests);
    }

    [Fact]
    public async Task Rate_limiting_never_opens_the_circuit_breaker()
    {
        await using var harness = new ClientHarness(("Retry:MaxRetryAttempts", "0"), ("CircuitBreaker:MinimumThroughput", "4"));
        var limiting = true;
        harness.Stub.OnApi = (_, _) => Task.FromResult(limiting
            ? StubAnswers.Status(HttpStatusCode.TooManyRequests)
            : StubAnswers.Json(Fixtures.Property("P-1")));
        var properties = harness.Get<IPropertiesApi>();

        for (var i = 0; i < 8; i++)
            await Assert.ThrowsAsync<CasaviRateLimitedException>(() => properties.GetAsync("P-1"));
        limiting = false;
        await properties.GetAsync("P-1");

        Assert.Equal(9, harness.Stub.ApiRequests.Count);
    }
}
