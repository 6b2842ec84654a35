using System.Globalization;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace Casavi.Client.Errors;

/// <summary>Turns a failure without an answer (timeout, transport, breaker, full queue) into <see cref="CasaviUnavailableException"/>.</summary>
internal static class CasaviTransportErrors
{
    /// <summary>Null when the exception stays as it is: the caller's own cancellation or an already typed error.</summary>
    public static CasaviApiException? Translate(Exception error, string endpoint, CancellationToken callerToken) => error switch
    {
        OperationCanceledException when callerToken.IsCancellationRequested => null,
        _ => Reason(error) is { } reason
            ? new CasaviUnavailableException($"casavi {endpoint} {reason}.", null, error) { Reason = PublicReason(error) ?? reason }
            : null,
    };

    /// <summary>The transport's own message names casavi's host and port; the gateway's callers get only this.</summary>
    private static string? PublicReason(Exception error) => error is HttpRequestException ? "could not be reached" : null;

    /// <summary>What went wrong, in words that carry no id or body; null for a failure that is not casavi's.</summary>
    public static string? Reason(Exception error) => error switch
    {
        BrokenCircuitException => "was not called: the circuit breaker is open after repeated failures",
        TimeoutRejectedException timeout => string.Create(CultureInfo.InvariantCulture, $"timed out after {timeout.Timeout.TotalSeconds:0.###} s"),
        RateLimiterRejectedException => "was not called: the queue of waiting requests is full",
        HttpRequestException transport => $"could not be reached: {transport.Message}",
        OperationCanceledException => "was cancelled before casavi answered",
        _ => null,
    };
}
