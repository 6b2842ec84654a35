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
        CasaviApiException => null,
        BrokenCircuitException => Unavailable(endpoint, "was not called: the circuit breaker is open after repeated failures", error),
        TimeoutRejectedException timeout => Unavailable(
            endpoint, string.Create(CultureInfo.InvariantCulture, $"timed out after {timeout.Timeout.TotalSeconds:0.###} s"), error),
        RateLimiterRejectedException => Unavailable(endpoint, "was not called: the queue of waiting requests is full", error),
        HttpRequestException transport => Unavailable(endpoint, $"could not be reached: {transport.Message}", error),
        OperationCanceledException => Unavailable(endpoint, "was cancelled before casavi answered", error),
        _ => null,
    };

    private static CasaviUnavailableException Unavailable(string endpoint, string what, Exception cause) =>
        new($"casavi {endpoint} {what}.", null, cause);
}
