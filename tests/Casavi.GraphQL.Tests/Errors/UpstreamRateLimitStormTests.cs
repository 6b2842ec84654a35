using System.Diagnostics;
using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Errors;

/// <summary>
/// A 429 storm through the gateway: casavi's Retry-After beyond <c>Casavi:RateLimitWaitLimit</c> answers
/// every request at once with UPSTREAM_RATE_LIMITED, casavi is left alone for the pause, and the circuit
/// breaker stays closed, so requests succeed again as soon as the pause is over.
/// </summary>
public sealed class UpstreamRateLimitStormTests
{
    private const int RetryAfterSeconds = 2;
    private const int Concurrent = 16;

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Casavi:RateLimitWaitLimit"] = "00:00:00.500",
        // A breaker that counted 429s would open after the first wave and stay open past the test.
        ["Casavi:CircuitBreaker:MinimumThroughput"] = "2",
        ["Casavi:CircuitBreaker:BreakDuration"] = "00:00:30",
    };

    [Fact]
    public async Task Concurrent_requests_get_UPSTREAM_RATE_LIMITED_casavi_is_not_asked_during_the_pause_and_the_breaker_stays_closed()
    {
        await using var gateway = new GatewayFixture(Settings);
        await gateway.PostQueryAsync(CasaviQueries.FirstProperties);
        gateway.Sandbox.Knobs.RetryAfterSeconds = RetryAfterSeconds;
        gateway.Sandbox.Knobs.RateLimitRate = 1;

        var clock = Stopwatch.StartNew();
        var storm = await WaveAsync(gateway);
        var askedInStorm = gateway.Sandbox.Requests.Total;
        var duringPause = await WaveAsync(gateway);
        var askedDuringPause = gateway.Sandbox.Requests.Total - askedInStorm;
        var pauseLasted = clock.Elapsed < TimeSpan.FromSeconds(RetryAfterSeconds);
        gateway.Sandbox.Knobs.RateLimitRate = 0;

        Assert.True(pauseLasted, $"both waves took {clock.Elapsed}, longer than the pause; the count below would not be about the pause");
        Assert.All(storm.Concat(duringPause), AssertRateLimited);
        Assert.Equal(0, askedDuringPause);

        await Task.Delay(TimeSpan.FromSeconds(RetryAfterSeconds) - clock.Elapsed + TimeSpan.FromMilliseconds(200));
        var after = await WaveAsync(gateway);
        Assert.All(after, response => Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString()));
    }

    private static Task<JsonElement[]> WaveAsync(GatewayFixture gateway) =>
        Task.WhenAll(Enumerable.Range(0, Concurrent).Select(_ => gateway.PostQueryAsync(CasaviQueries.FirstProperties)));

    private static void AssertRateLimited(JsonElement response)
    {
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        var extensions = error.GetProperty("extensions");
        Assert.Equal("UPSTREAM_RATE_LIMITED", extensions.GetProperty("code").GetString());
        Assert.InRange(extensions.GetProperty("retryAfterSeconds").GetInt32(), 1, RetryAfterSeconds);
    }
}
