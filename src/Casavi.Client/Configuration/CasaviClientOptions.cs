namespace Casavi.Client;

/// <summary>
/// Settings of the casavi REST client, bound from the configuration section "Casavi".
/// A class rather than a record on purpose: a record's ToString would print the key and secret.
/// </summary>
public sealed class CasaviClientOptions
{
    public const string SectionName = "Casavi";

    /// <summary>Absolute http(s) URL of the API; request paths start with /v2.</summary>
    public Uri? BaseUrl { get; set; }

    public string Key { get; set; } = "";

    public string Secret { get; set; } = "";

    /// <summary>
    /// Further casavi accounts by name (<c>Casavi:Accounts:&lt;name&gt;:{BaseUrl, Key, Secret}</c>); every other
    /// setting of this section applies to each. The top-level credentials are the account named
    /// <see cref="CasaviAccounts.DefaultName"/>.
    /// </summary>
    public IDictionary<string, CasaviAccountCredentials> Accounts { get; } = new Dictionary<string, CasaviAccountCredentials>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Requests in flight to casavi at once, shared by every client of this registration.</summary>
    public int MaxConcurrentRequests { get; set; } = 16;

    /// <summary>Requests that wait for a free slot; beyond it a request fails as unavailable.</summary>
    public int QueueLimit { get; set; } = 10_000;

    /// <summary>Limit of one HTTP attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Limit of a whole call: queueing, every attempt and every retry delay. Below the gateway's
    /// execution timeout, so a call fails with its own error before the request's deadline.
    /// </summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The longest a call waits for casavi's account-wide pause after a 429 (Retry-After); a longer
    /// pause fails the call at once as rate limited, with the time left.
    /// </summary>
    public TimeSpan RateLimitWaitLimit { get; set; } = TimeSpan.FromSeconds(5);

    public CasaviRetryOptions Retry { get; set; } = new();

    public CasaviCircuitBreakerOptions CircuitBreaker { get; set; } = new();

    /// <summary>Failed calls are summed up and logged at most once per interval (see CasaviFailureSummary).</summary>
    public TimeSpan FailureLogInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long before its expiry a token is replaced; at most half of the token's lifetime is used.</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Whether the top-level credentials name an account: when any is set, or when no other account is configured.</summary>
    internal bool HasDefaultAccount =>
        Accounts.Count == 0 || BaseUrl is not null || !string.IsNullOrWhiteSpace(Key) || !string.IsNullOrWhiteSpace(Secret);

    /// <summary>These settings for one account: its credentials, everything else shared.</summary>
    internal CasaviClientOptions For(CasaviAccountCredentials account)
    {
        var copy = (CasaviClientOptions)MemberwiseClone();
        copy.BaseUrl = account.BaseUrl;
        copy.Key = account.Key;
        copy.Secret = account.Secret;
        return copy;
    }

    internal CasaviAccountCredentials DefaultCredentials => new() { BaseUrl = BaseUrl, Key = Key, Secret = Secret };
}
