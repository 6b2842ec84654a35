using Casavi.GraphQL.Composition;
using Casavi.GraphQL.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Casavi.GraphQL.Tests.Telemetry;

public sealed class RequestLogBudgetTests
{
    private readonly FakeTimeProvider time = new();
    private readonly FakeLogCollector lines = new();

    [Fact]
    public void Lines_over_the_budget_are_left_out_and_counted_by_error_codes()
    {
        using var budget = Create(maxLinesPerSecond: 3);

        var written = Enumerable.Range(0, 10).Select(i => budget.TryWrite(i < 5 ? "" : "UPSTREAM_UNAVAILABLE")).ToList();

        Assert.Equal([true, true, true, false, false, false, false, false, false, false], written);
        // The first one left out is reported at once, the other six when the second is over.
        time.Advance(TimeSpan.FromSeconds(1));
        var reports = lines.GetSnapshot().Select(line => line.Message).ToList();
        Assert.Equal(
            [
                "1 GraphQL request lines left out over Gateway:RequestLog:MaxLinesPerSecond=3; their error codes: 1 × []",
                "6 GraphQL request lines left out over Gateway:RequestLog:MaxLinesPerSecond=3; their error codes: 5 × [UPSTREAM_UNAVAILABLE], 1 × []",
            ],
            reports);
    }

    [Fact]
    public void The_budget_renews_every_second()
    {
        using var budget = Create(maxLinesPerSecond: 1);
        Assert.True(budget.TryWrite(""));
        Assert.False(budget.TryWrite(""));

        time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(budget.TryWrite(""));
    }

    [Fact]
    public void Zero_writes_every_line()
    {
        using var budget = Create(maxLinesPerSecond: 0);

        Assert.All(Enumerable.Range(0, 1000), _ => Assert.True(budget.TryWrite("")));
        Assert.Empty(lines.GetSnapshot());
    }

    private RequestLogBudget Create(int maxLinesPerSecond)
    {
        var loggers = LoggerFactory.Create(logging => logging.AddProvider(new FakeLoggerProvider(lines)));
        return new RequestLogBudget(loggers, time, Options.Create(new GatewayOptions { RequestLog = { MaxLinesPerSecond = maxLinesPerSecond } }));
    }
}
