using System.Net;
using Casavi.Client.Api;
using Casavi.Client.Diagnostics;
using Casavi.Client.Tests.Support;
using Casavi.Contract.MasterData;

namespace Casavi.Client.Tests;

public sealed class CallTrackerTests
{
    [Fact]
    public async Task Counts_attempts_per_endpoint_template_and_dependent_waves()
    {
        await using var harness = new ClientHarness();
        await harness.Get<IStaffApi>().ListAsync();
        // The three parallel calls are answered together, so none finishes before the last one started.
        var arrived = 0;
        var allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Stub.OnApi = async (request, _) =>
        {
            if (request.Uri.AbsolutePath.StartsWith("/v2/units/", StringComparison.Ordinal))
                return StubAnswers.Json(new Unit { Id = "U-1", Name = "Unit 1" });
            if (Interlocked.Increment(ref arrived) == 3) allArrived.SetResult();
            await allArrived.Task;
            return StubAnswers.Json(Fixtures.Property("P-1"));
        };
        var properties = harness.Get<IPropertiesApi>();

        using var log = CasaviCallTracker.Begin();
        await Task.WhenAll(properties.GetAsync("P-1"), properties.GetAsync("P-2"), properties.GetAsync("P-3")).WithinLimit();
        await harness.Get<IUnitsApi>().GetAsync("U-1");

        Assert.Equal(4, log.Count);
        Assert.Equal(2, log.Waves);
        Assert.Equal(
            new Dictionary<string, int> { ["GET /v2/properties/{propertyId}"] = 3, ["GET /v2/units/{unitId}"] = 1 },
            log.ByEndpoint);
    }

    [Fact]
    public async Task Authenticate_calls_retries_and_durations_are_accounted()
    {
        await using var harness = new ClientHarness();
        var answered = 0;
        harness.Stub.OnApi = (_, _) =>
        {
            harness.Time.Advance(TimeSpan.FromMilliseconds(100));
            return Task.FromResult(Interlocked.Increment(ref answered) == 1
                ? StubAnswers.Status(HttpStatusCode.BadGateway)
                : StubAnswers.Json(Fixtures.Property("P-1")));
        };

        using var log = CasaviCallTracker.Begin();
        await harness.Get<IPropertiesApi>().GetAsync("P-1");

        Assert.Equal(
            new Dictionary<string, int> { ["POST /v2/authenticate"] = 1, ["GET /v2/properties/{propertyId}"] = 2 },
            log.ByEndpoint);
        Assert.Equal(3, log.Count);
        Assert.Equal(3, log.Waves);
        Assert.Equal(TimeSpan.FromMilliseconds(200), log.TotalDuration);
    }

    [Fact]
    public async Task Only_the_active_flow_is_recorded_and_an_enclosing_log_sees_nested_ones()
    {
        await using var harness = new ClientHarness();
        var staff = harness.Get<IStaffApi>();
        await staff.ListAsync();

        using var outer = CasaviCallTracker.Begin();
        await staff.ListAsync();
        using (var inner = CasaviCallTracker.Begin())
        {
            await staff.ListAsync();
            Assert.Same(inner, CasaviCallTracker.Current);
            Assert.Equal(1, inner.Count);
        }

        Assert.Same(outer, CasaviCallTracker.Current);
        Assert.Equal(2, outer.Count);
        Assert.Equal(3, harness.Stub.ApiRequests.Count);
    }

    [Fact]
    public void Without_a_log_there_is_no_current_log() => Assert.Null(CasaviCallTracker.Current);
}
