using System.Text.Json;
using Casavi.Client.Resilience;
using Casavi.Contract;

namespace Casavi.Client.Errors;

/// <summary>Turns a casavi error answer into the typed exception, with the <c>message</c> of casavi's error body.</summary>
internal static class CasaviErrorMapper
{
    // Bounds what an error body may cost; a longer body is not a casavi error document anyway.
    private const int MaxBodyBytes = 64 * 1024;
    private const int MaxDetailChars = 300;

    public static async Task<CasaviApiException> FromResponseAsync(
        HttpResponseMessage response, string endpoint, TimeProvider time, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var detail = await ReadErrorMessageAsync(response.Content, cancellationToken);
        var reason = $"answered {status} {response.ReasonPhrase ?? response.StatusCode.ToString()}" + (detail is null ? "" : $": {detail}");
        return ForStatus(status, $"casavi {endpoint} {reason}" + (detail is null ? "." : ""), RetryAfter.Of(response, time), reason);
    }

    private static CasaviApiException ForStatus(int status, string message, TimeSpan? retryAfter, string reason) => status switch
    {
        404 => new CasaviNotFoundException(message, status) { Reason = reason },
        401 or 403 => new CasaviUnauthorizedException(message, status) { Reason = reason },
        429 => new CasaviRateLimitedException(message, retryAfter) { Reason = reason },
        408 or >= 500 => new CasaviUnavailableException(message, status) { Reason = reason },
        // 400, 409, 413, 422 and the rarer 4xx: the request as sent cannot succeed.
        >= 400 => new CasaviInvalidInputException(message, status) { Reason = reason },
        _ => new CasaviUnavailableException(message, status) { Reason = reason },
    };

    private static async Task<string?> ReadErrorMessageAsync(HttpContent content, CancellationToken cancellationToken)
    {
        try
        {
            await using var body = await content.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[MaxBodyBytes];
            var length = await body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
            var text = JsonSerializer.Deserialize<CasaviError>(buffer.AsSpan(0, length), CasaviJson.Options)?.Message?.Trim();
            if (string.IsNullOrEmpty(text)) return null;
            return text.Length <= MaxDetailChars ? text : string.Concat(text.AsSpan(0, MaxDetailChars), "…");
        }
        catch (Exception error) when (error is JsonException or IOException or HttpRequestException)
        {
            // Not a casavi error document (an HTML page of a proxy, a cut-off body): the status says enough.
            return null;
        }
    }
}
