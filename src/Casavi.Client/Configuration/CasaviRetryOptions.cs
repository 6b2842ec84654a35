namespace Casavi.Client;

/// <summary>Retries of idempotent requests (exponential backoff with jitter, or casavi's Retry-After).</summary>
public sealed class CasaviRetryOptions
{
    /// <summary>Retries after the first attempt; 0 turns retrying off.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);
}
