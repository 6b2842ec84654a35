using Casavi.Client.Diagnostics;
using Microsoft.Extensions.Options;

namespace Casavi.Client.Authentication;

/// <summary>
/// Caches the casavi token and renews it before expiry. However many requests need a token at once,
/// one authenticate call is in flight and all of them share its outcome; a failed call is not cached,
/// so the next request tries again.
/// </summary>
internal sealed class CasaviTokenProvider(
    CasaviAuthenticator authenticator, IOptions<CasaviClientOptions> options, TimeProvider time, CasaviClientMetrics metrics)
{
    private readonly Lock gate = new();
    private CachedToken? cached;
    private Task<CachedToken>? refreshing;

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken) =>
        (await CurrentOrRefreshAsync().WaitAsync(cancellationToken)).Value;

    /// <summary>
    /// Drops <paramref name="token"/> after casavi refused it, unless it was already replaced: several
    /// requests refused with the same token then cause one renewal, not one each.
    /// </summary>
    public void Invalidate(string token)
    {
        lock (gate)
        {
            if (cached?.Value == token) cached = null;
        }
    }

    private Task<CachedToken> CurrentOrRefreshAsync()
    {
        lock (gate)
        {
            if (cached is { } token && token.IsFreshAt(time.GetUtcNow())) return Task.FromResult(token);
            return refreshing ??= RefreshAsync();
        }
    }

    private async Task<CachedToken> RefreshAsync()
    {
        // Return to the caller first, so `refreshing` is assigned before this can complete and clear it.
        await Task.Yield();
        var succeeded = false;
        try
        {
            // Not bound to one caller's cancellation: the others wait for the same call (each can stop waiting).
            var response = await authenticator.AuthenticateAsync(CancellationToken.None);
            var token = CachedToken.From(response, time.GetUtcNow(), options.Value.TokenRefreshMargin);
            lock (gate) cached = token;
            succeeded = true;
            return token;
        }
        finally
        {
            lock (gate) refreshing = null;
            metrics.TokenRefreshed(succeeded);
        }
    }
}
