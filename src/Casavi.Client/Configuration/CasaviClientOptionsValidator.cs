using Microsoft.Extensions.Options;

namespace Casavi.Client;

/// <summary>
/// Checks the settings at start-up, within the ranges Polly accepts, so a typo fails the host
/// instead of the first request. Messages name the setting, never its value (key and secret).
/// </summary>
internal sealed class CasaviClientOptionsValidator : IValidateOptions<CasaviClientOptions>
{
    private static readonly TimeSpan MinimumTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MinimumBreakerWindow = TimeSpan.FromMilliseconds(500);

    public ValidateOptionsResult Validate(string? name, CasaviClientOptions options)
    {
        var failures = new List<string>();
        void Require(bool condition, string failure)
        {
            if (!condition) failures.Add(failure);
        }

        if (options.HasDefaultAccount)
            RequireCredentials(options.DefaultCredentials, "Casavi:", Require);
        foreach (var (accountName, account) in options.Accounts)
        {
            Require(CasaviAccounts.IsValidName(accountName), $"Casavi:Accounts:{accountName} is not a valid account name: use 1 to 32 letters, digits, '-' or '_'.");
            Require(
                !(options.HasDefaultAccount && accountName.Equals(CasaviAccounts.DefaultName, StringComparison.OrdinalIgnoreCase)),
                $"Casavi:Accounts:{accountName} clashes with the account of the top-level Casavi:BaseUrl, Key and Secret, which is named {CasaviAccounts.DefaultName}.");
            RequireCredentials(account, $"Casavi:Accounts:{accountName}:", Require);
        }

        Require(options.MaxConcurrentRequests >= 1, "Casavi:MaxConcurrentRequests must be at least 1.");
        Require(options.QueueLimit >= 0, "Casavi:QueueLimit must not be negative.");
        Require(options.TotalTimeout >= MinimumTimeout, "Casavi:TotalTimeout must be at least 10 ms.");
        Require(options.AttemptTimeout >= MinimumTimeout && options.AttemptTimeout <= options.TotalTimeout, "Casavi:AttemptTimeout must be between 10 ms and TotalTimeout.");
        Require(options.RateLimitWaitLimit >= TimeSpan.Zero && options.RateLimitWaitLimit < options.TotalTimeout, "Casavi:RateLimitWaitLimit must be between 0 and TotalTimeout.");
        Require(options.TokenRefreshMargin >= TimeSpan.Zero, "Casavi:TokenRefreshMargin must not be negative.");
        Require(options.FailureLogInterval >= TimeSpan.FromSeconds(1), "Casavi:FailureLogInterval must be at least 1 s.");
        Require(options.Retry.MaxRetryAttempts is >= 0 and <= 100, "Casavi:Retry:MaxRetryAttempts must be between 0 and 100.");
        Require(options.Retry.BaseDelay >= TimeSpan.Zero && options.Retry.BaseDelay <= TimeSpan.FromDays(1), "Casavi:Retry:BaseDelay must be between 0 and one day.");
        Require(options.CircuitBreaker.FailureRatio is > 0 and <= 1, "Casavi:CircuitBreaker:FailureRatio must be in (0, 1].");
        Require(options.CircuitBreaker.MinimumThroughput >= 2, "Casavi:CircuitBreaker:MinimumThroughput must be at least 2.");
        Require(options.CircuitBreaker.SamplingDuration >= MinimumBreakerWindow, "Casavi:CircuitBreaker:SamplingDuration must be at least 500 ms.");
        Require(options.CircuitBreaker.BreakDuration >= MinimumBreakerWindow, "Casavi:CircuitBreaker:BreakDuration must be at least 500 ms.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>A root ending in /v2 would make every request go to /v2/v2/…, which casavi answers 404 like a missing entity.</summary>
    private static void RequireCredentials(CasaviAccountCredentials account, string prefix, Action<bool, string> require)
    {
        require(account.BaseUrl is { IsAbsoluteUri: true, Scheme: "http" or "https" }, $"{prefix}BaseUrl must be an absolute http(s) URL such as https://api.mycasavi.com.");
        require(!EndsWithVersion(account.BaseUrl), $"{prefix}BaseUrl must be the API root without /v2 (request paths add it), e.g. https://api.mycasavi.com.");
        require(!string.IsNullOrWhiteSpace(account.Key), $"{prefix}Key is required.");
        require(!string.IsNullOrWhiteSpace(account.Secret), $"{prefix}Secret is required.");
    }

    private static bool EndsWithVersion(Uri? baseUrl) =>
        baseUrl is { IsAbsoluteUri: true } && baseUrl.AbsolutePath.TrimEnd('/').EndsWith("/v2", StringComparison.OrdinalIgnoreCase);
}
