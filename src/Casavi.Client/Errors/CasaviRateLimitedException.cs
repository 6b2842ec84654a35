namespace Casavi.Client.Errors;

/// <summary>casavi answered 429 and the retries (if the method allows them) did not get through.</summary>
public sealed class CasaviRateLimitedException : CasaviApiException
{
    private const int TooManyRequests = 429;

    public CasaviRateLimitedException()
    {
    }

    public CasaviRateLimitedException(string message)
        : base(message)
    {
    }

    public CasaviRateLimitedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public CasaviRateLimitedException(string message, TimeSpan? retryAfter)
        : base(message, TooManyRequests)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>casavi's Retry-After, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; }
}
