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
    private readonly PeriodicTally failures;

    public CasaviFailureSummary(ILogger<CasaviFailureSummary> logger, TimeProvider time, IOptions<CasaviClientOptions> options) =>
        failures = new PeriodicTally(time, options.Value.FailureLogInterval, counts => CallsFailed(
            logger,
            counts.Sum(count => count.Value),
            string.Join("; ", counts.Select(count => string.Create(CultureInfo.InvariantCulture, $"{count.Value} × {count.Key}")))));

    /// <param name="failure">Endpoint template and reason, e.g. "GET /v2/units answered 503": no ids, no bodies.</param>
    public void Record(string failure) => failures.Add(failure);

    public void Dispose() => failures.Dispose();

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "casavi calls failed: {FailureCount} since the last report ({Failures})")]
    private static partial void CallsFailed(ILogger logger, int failureCount, string failures);
}
