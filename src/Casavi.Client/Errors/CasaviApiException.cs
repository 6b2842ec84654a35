namespace Casavi.Client.Errors;

/// <summary>
/// A casavi call that failed. Messages name the endpoint (method and path template) and what
/// happened; they never contain the API key, the secret or a token.
/// </summary>
public abstract class CasaviApiException : Exception
{
    protected CasaviApiException()
    {
    }

    protected CasaviApiException(string message)
        : base(message)
    {
    }

    protected CasaviApiException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    protected CasaviApiException(string message, int? statusCode, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>casavi's HTTP status, or null when no answer came (timeout, transport error, open breaker).</summary>
    public int? StatusCode { get; }

    /// <summary>
    /// What happened, fit for the gateway's callers (e.g. "answered 503 Service Unavailable"): unlike the
    /// message, without the endpoint, casavi's host or .NET type names. Null when no such words were given.
    /// </summary>
    public string? Reason { get; init; }
}
