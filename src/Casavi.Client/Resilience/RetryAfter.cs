using System.Net;

namespace Casavi.Client.Resilience;

/// <summary>Reads casavi's Retry-After header (delta seconds or an HTTP date) of a 429 or 503 answer.</summary>
internal static class RetryAfter
{
    public static TimeSpan? Of(HttpResponseMessage? response, TimeProvider time)
    {
        if (response?.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable))
            return null;

        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date - time.GetUtcNow());
        return wait is { } value && value < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }
}
