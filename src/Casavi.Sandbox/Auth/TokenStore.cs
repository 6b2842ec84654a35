using System.Collections.Concurrent;

namespace Casavi.Sandbox.Auth;

/// <summary>The tokens handed out by POST /v2/authenticate, each valid until its expiry.</summary>
internal sealed class TokenStore(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> expiries = new(StringComparer.Ordinal);

    public (string Token, DateTimeOffset ExpiresAt) Issue(int lifetimeSeconds)
    {
        var token = Guid.NewGuid().ToString();
        var expiresAt = time.GetUtcNow().AddSeconds(lifetimeSeconds);
        expiries[token] = expiresAt;
        return (token, expiresAt);
    }

    public bool IsLive(string? token) =>
        token is not null && expiries.TryGetValue(token, out var expiresAt) && time.GetUtcNow() < expiresAt;

    public void ExpireAll() => expiries.Clear();
}
