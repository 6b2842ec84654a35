using Casavi.Client.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Casavi.Client.Tests;

public sealed class FailureSummaryTests
{
    private readonly FakeTimeProvider time = new();
    private readonly FakeLogger<CasaviFailureSummary> logger = new();

    private CasaviFailureSummary Create() =>
        new(logger, time, Options.Create(new CasaviClientOptions { FailureLogInterval = TimeSpan.FromSeconds(10) }));

    [Fact]
    public void The_first_failure_is_reported_at_once_and_a_storm_as_one_line_per_interval()
    {
        using var summary = Create();

        summary.Record("GET /v2/units answered 503");
        Assert.Equal(1, logger.Collector.Count);
        for (var i = 0; i < 5000; i++)
            summary.Record(i % 2 == 0 ? "GET /v2/units answered 503" : "GET /v2/units was not called: the circuit breaker is open after repeated failures");
        Assert.Equal(1, logger.Collector.Count);

        time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(2, logger.Collector.Count);
        var line = logger.Collector.LatestRecord;
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Null(line.Exception);
        Assert.Equal(
            "casavi calls failed: 5000 since the last report (2500 × GET /v2/units answered 503; 2500 × GET /v2/units was not called: the circuit breaker is open after repeated failures)",
            line.Message);
    }

    [Fact]
    public void Nothing_is_logged_while_casavi_answers()
    {
        using var summary = Create();

        summary.Record("GET /v2/units answered 503");
        time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(1, logger.Collector.Count);
    }

    [Fact]
    public void A_failure_after_a_quiet_interval_is_reported_without_delay()
    {
        using var summary = Create();
        summary.Record("GET /v2/units answered 503");
        time.Advance(TimeSpan.FromSeconds(30));

        summary.Record("GET /v2/contacts answered 502");

        Assert.Equal(2, logger.Collector.Count);
        Assert.Contains("1 × GET /v2/contacts answered 502", logger.Collector.LatestRecord.Message, StringComparison.Ordinal);
    }
}
