using Polly.Telemetry;

namespace Casavi.Client.Resilience;

/// <summary>
/// What Polly itself reports about casavi calls: circuit breaker transitions, at Warning. Attempts,
/// retries, timeouts and rejections are one event per request; they reach the log through
/// <see cref="Diagnostics.CasaviFailureSummary"/> instead, summed up per interval.
/// </summary>
internal static class PollyEventSeverity
{
    public static ResilienceEventSeverity Of(SeverityProviderArguments args) => args.Event.EventName switch
    {
        "OnCircuitOpened" or "OnCircuitClosed" or "OnCircuitHalfOpened" => ResilienceEventSeverity.Warning,
        "ExecutionAttempt" or "OnRetry" or "OnTimeout" or "OnRateLimiterRejected" => ResilienceEventSeverity.None,
        _ => args.Event.Severity,
    };
}
