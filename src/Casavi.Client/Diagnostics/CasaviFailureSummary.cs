using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Casavi.Client.Diagnostics;

/// <summary>
/// Failed casavi calls, logged as one warning per <see cref="CasaviClientOptions.FailureLogInterval"/>
/// with counts per endpoint and reason, instead of a line (or a stack trace) per request: an outage
/// under load stays a few lines a minute. The first failure after a quiet interval is reported at once.
/// </summary>
internal sealed partial class CasaviFailureSummary : IDisposable
{
    private readonly ILogger<CasaviFailureSummary> logger;
    private readonly TimeProvider time;
    private readonly TimeSpan interval;
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> pending = new(StringComparer.Ordinal);
    private ITimer? report;
    private long lastReport;
    private bool reported;

    public CasaviFailureSummary(ILogger<CasaviFailureSummary> logger, TimeProvider time, IOptions<CasaviClientOptions> options)
    {
        this.logger = logger;
        this.time = time;
        interval = options.Value.FailureLogInterval;
    }

    /// <param name="failure">Endpoint template and reason, e.g. "GET /v2/units answered 503": no ids, no bodies.</param>
    public void Record(string failure)
    {
        lock (gate)
        {
            pending[failure] = pending.GetValueOrDefault(failure) + 1;
            if (report is not null) return;
            var wait = reported ? interval - time.GetElapsedTime(lastReport) : TimeSpan.Zero;
            if (wait > TimeSpan.Zero)
            {
                report = time.CreateTimer(_ => Report(), null, wait, Timeout.InfiniteTimeSpan);
                return;
            }
        }

        Report();
    }

    public void Dispose()
    {
        lock (gate) report?.Dispose();
    }

    private void Report()
    {
        KeyValuePair<string, int>[] failures;
        lock (gate)
        {
            failures = [.. pending.OrderByDescending(failure => failure.Value)];
            pending.Clear();
            report?.Dispose();
            report = null;
            lastReport = time.GetTimestamp();
            reported = true;
        }

        // A report racing with the one that took its failures has nothing left to say.
        if (failures.Length == 0) return;
        var total = failures.Sum(failure => failure.Value);
        var details = string.Join("; ", failures.Select(failure => string.Create(CultureInfo.InvariantCulture, $"{failure.Value} × {failure.Key}")));
        CallsFailed(logger, total, details);
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "casavi calls failed: {FailureCount} since the last report ({Failures})")]
    private static partial void CallsFailed(ILogger logger, int failureCount, string failures);
}
