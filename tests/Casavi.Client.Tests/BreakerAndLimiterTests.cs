using System.Net;
using Casavi.Client.Api;
using Casavi.Client.Errors;
using Casavi.Client.Tests.Support;

namespace Casavi.Client.Tests;

public sealed class BreakerAndLimiterTests
{
    [Fact]
    public async Task The_breaker_opens_under_sustained_failures_and_closes_after_a_successful_probe()
    {
        await using var harness = new ClientHarness(
            ("Retry:MaxRetryAttempts", "0"), ("CircuitBreaker:MinimumThroughput", "4"), ("CircuitBreaker:BreakDuration", "00:00:15"));
        var failing = true;
        harness.Stub.OnApi = (_, _) => Task.FromResult(failing
            ? StubAnswers.Status(HttpStatusCode.InternalServerError)
            : StubAnswers.Json(Fixtures.Property("P-1")));
        var properties = harness.Get<IPropertiesApi>();

        for (var i = 0; i < 4; i++)
            await Assert.ThrowsAsync<CasaviUnavailableException>(() => properties.GetAsync("P-1"));
        var fastFailures = new List<CasaviUnavailableException>();
        for (var i = 0; i < 3; i++)
            fastFailures.Add(await Assert.ThrowsAsync<CasaviUnavailableException>(() => properties.GetAsync("P-1")));

        Assert.Equal(4, harness.Stub.ApiRequests.Count);
        Assert.All(fastFailures, error => Assert.Equal(
            "casavi GET /v2/properties/{propertyId} was not called: the circuit breaker is open after repeated failures.", error.Message));

        failing = false;
        harness.Time.Advance(TimeSpan.FromSeconds(15));
        await properties.GetAsync("P-1");
        await properties.GetAsync("P-1");
        Assert.Equal(6, harness.Stub.ApiRequests.Count);
    }

    [Fact]
    public async Task The_breaker_stays_closed_while_calls_succeed_in_between()
    {
        await using var harness = new ClientHarness(("Retry:MaxRetryAttempts", "0"), ("CircuitBreaker:MinimumThroughput", "4"));
        var answered = 0;
        harness.Stub.OnApi = (_, _) => Task.FromResult(Interlocked.Increment(ref answered) % 3 == 0
            ? StubAnswers.Status(HttpStatusCode.BadGateway)
            : StubAnswers.Json(Fixtures.Property("P-1")));
        var properties = harness.Get<IPropertiesApi>();

        for (var i = 0; i < 12; i++)
            await Record.ExceptionAsync(() => properties.GetAsync("P-1"));

        Assert.Equal(12, harness.Stub.ApiRequests.Count);
    }

    [Fact]
    public async Task At_most_MaxConcurrentRequests_are_in_flight_and_the_others_wait()
    {
        await using var harness = new ClientHarness(("MaxConcurrentRequests", "16"));
        var properties = harness.Get<IPropertiesApi>();
        await properties.GetAsync("P-0");
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Stub.OnApi = async (_, _) =>
        {
            await release.Task;
            return StubAnswers.Json(Fixtures.Property("P-1"));
        };

        var calls = Enumerable.Range(1, 40).Select(i => properties.GetAsync($"P-{i}")).ToList();
        Assert.True(await Eventually.TrueAsync(() => harness.Stub.InFlight == 16));
        await Eventually.SettleAsync();
        Assert.Equal(16, harness.Stub.InFlight);
        release.SetResult();
        await Task.WhenAll(calls).WithinLimit();

        Assert.Equal(16, harness.Stub.MaxInFlight);
        Assert.Equal(41, harness.Stub.ApiRequests.Count);
    }
}
