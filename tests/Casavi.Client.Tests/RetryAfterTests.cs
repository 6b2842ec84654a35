using System.Globalization;
using System.Net;
using Casavi.Client.Api;
using Casavi.Client.Errors;
using Casavi.Client.Tests.Support;

namespace Casavi.Client.Tests;

/// <summary>casavi's Retry-After decides the retry delay, on the fake clock.</summary>
public sealed class RetryAfterTests
{
    [Fact]
    public async Task Retry_after_in_seconds_is_the_retry_delay()
    {
        await using var harness = new ClientHarness(("Retry:BaseDelay", "00:00:00.200"), ("RateLimitWaitLimit", "00:00:10"));
        var properties = harness.Get<IPropertiesApi>();
        await properties.GetAsync("P-0");
        harness.Stub.OnApi = ScriptedAnswers.FirstThen(() => StubAnswers.RetryAfterSeconds(HttpStatusCode.TooManyRequests, 7), () => StubAnswers.Json(Fixtures.Property("P-1")));

        var call = properties.GetAsync("P-1");
        await AssertRetryWaitsAsync(harness, TimeSpan.FromSeconds(7), call);
    }

    [Fact]
    public async Task Retry_after_as_an_http_date_is_the_retry_delay()
    {
        await using var harness = new ClientHarness(("Retry:BaseDelay", "00:00:00.200"));
        var properties = harness.Get<IPropertiesApi>();
        await properties.GetAsync("P-0");
        harness.Stub.OnApi = ScriptedAnswers.FirstThen(
            () =>
            {
                var answer = StubAnswers.Status(HttpStatusCode.ServiceUnavailable);
                answer.Headers.Add("Retry-After", (harness.Time.GetUtcNow() + TimeSpan.FromSeconds(12)).ToString("R", CultureInfo.InvariantCulture));
                return answer;
            },
            () => StubAnswers.Json(Fixtures.Property("P-1")));

        var call = properties.GetAsync("P-1");
        await AssertRetryWaitsAsync(harness, TimeSpan.FromSeconds(12), call);
    }

    [Fact]
    public async Task A_retry_after_beyond_the_total_timeout_is_not_waited_for()
    {
        await using var harness = new ClientHarness(("TotalTimeout", "00:01:00"));
        harness.Stub.OnApi = (_, _) => Task.FromResult(StubAnswers.RetryAfterSeconds(HttpStatusCode.TooManyRequests, 120));

        var error = await Assert.ThrowsAsync<CasaviRateLimitedException>(() => harness.Get<IPropertiesApi>().GetAsync("P-1"));

        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Single(harness.Stub.ApiRequests);
    }

    /// <summary>The retry is scheduled with exactly <paramref name="wait"/> on the fake clock and is not sent before it has passed.</summary>
    private static async Task AssertRetryWaitsAsync(ClientHarness harness, TimeSpan wait, Task call)
    {
        Assert.True(await Eventually.TrueAsync(() => harness.Time.DueTimes.Contains(wait)));
        harness.Time.Advance(wait - TimeSpan.FromMilliseconds(1));
        await Eventually.SettleAsync();
        Assert.Equal(2, harness.Stub.ApiRequests.Count);

        harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        await call.WithinLimit();
        Assert.Equal(3, harness.Stub.ApiRequests.Count);
    }
}
