using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Casavi.Client.Api;
using Casavi.Client.Errors;
using Casavi.Client.Tests.Support;

namespace Casavi.Client.Tests;

public sealed class ClientTelemetryTests
{
    [Fact]
    public async Task Each_attempt_is_a_client_span_named_by_its_template_and_numbered_within_its_retries()
    {
        await using var harness = new ClientHarness();
        using var telemetry = new ClientTelemetry(harness.Get<IMeterFactory>());
        var answered = 0;
        harness.Stub.OnApi = (_, _) => Task.FromResult(Interlocked.Increment(ref answered) == 1
            ? StubAnswers.Status(HttpStatusCode.BadGateway)
            : StubAnswers.Json(Fixtures.Property("P-1")));

        await harness.Get<IPropertiesApi>().GetAsync("P-1");

        var spans = telemetry.ClientSpans;
        Assert.Equal(
            ["POST /v2/authenticate #1 200", "GET /v2/properties/{propertyId} #1 502", "GET /v2/properties/{propertyId} #2 200"],
            spans.Select(span => $"{span.DisplayName} #{span.GetTagItem("casavi.attempt")} {span.GetTagItem("http.response.status_code")}"));
        Assert.All(spans, span => Assert.Equal(telemetry.TestSpan.SpanId, span.ParentSpanId));
        Assert.All(spans, span => Assert.Equal(ActivityKind.Client, span.Kind));
        Assert.Equal([ActivityStatusCode.Unset, ActivityStatusCode.Error, ActivityStatusCode.Unset], spans.Select(span => span.Status));
        Assert.Equal("/v2/properties/{propertyId}", spans[1].GetTagItem("url.template"));
        Assert.DoesNotContain(spans.SelectMany(span => span.TagObjects), tag => tag.Value?.ToString() == StubCasavi.TokenNumber(1));
    }

    [Fact]
    public async Task Circuit_breaker_transitions_and_token_refreshes_are_counted()
    {
        await using var harness = new ClientHarness(
            ("Retry:MaxRetryAttempts", "0"), ("CircuitBreaker:MinimumThroughput", "4"), ("CircuitBreaker:BreakDuration", "00:00:15"));
        using var telemetry = new ClientTelemetry(harness.Get<IMeterFactory>());
        var failing = true;
        harness.Stub.OnApi = (_, _) => Task.FromResult(failing
            ? StubAnswers.Status(HttpStatusCode.InternalServerError)
            : StubAnswers.Json(Fixtures.Property("P-1")));
        var properties = harness.Get<IPropertiesApi>();

        for (var i = 0; i < 5; i++)
            await Assert.ThrowsAsync<CasaviUnavailableException>(() => properties.GetAsync("P-1"));
        failing = false;
        harness.Time.Advance(TimeSpan.FromSeconds(15));
        await properties.GetAsync("P-1");

        Assert.Equal(
            ["open", "half_open", "closed"],
            telemetry.TagsOf("casavi.client.circuit_breaker.transitions").Select(tags => tags["casavi.circuit_breaker.state"]));
        Assert.Equal(["success"], telemetry.TagsOf("casavi.client.token.refreshes").Select(tags => tags["outcome"]));
        // The sign-in, four failures and the probe reached casavi; the fifth call failed fast.
        Assert.Equal(6, telemetry.TagsOf("casavi.client.requests").Count);
    }
}
