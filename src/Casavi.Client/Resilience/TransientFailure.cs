using System.Net;
using Casavi.Client.Errors;
using Polly;
using Polly.Timeout;

namespace Casavi.Client.Resilience;

/// <summary>What retry and circuit breaker treat as a passing failure of casavi.</summary>
internal static class TransientFailure
{
    private static readonly HashSet<HttpMethod> IdempotentMethods =
        [HttpMethod.Get, HttpMethod.Head, HttpMethod.Options, HttpMethod.Put, HttpMethod.Delete];

    /// <summary>5xx, 408, 429, a transport error or an attempt timeout (an unavailable authenticate call included).</summary>
    public static bool Is(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException or CasaviUnavailableException } => true,
        { Result: { } response } => (int)response.StatusCode >= 500
            || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests,
        _ => false,
    };

    /// <summary>Only a request that may safely run twice is repeated; a POST or PATCH never is.</summary>
    public static bool IsIdempotent(HttpMethod? method) => method is not null && IdempotentMethods.Contains(method);
}
