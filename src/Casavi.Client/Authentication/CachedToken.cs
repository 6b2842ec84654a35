using Casavi.Contract;

namespace Casavi.Client.Authentication;

/// <summary>A token and the moment it should be replaced: before its expiry by the margin, at most half its lifetime.</summary>
internal sealed record CachedToken(string Value, DateTimeOffset RefreshAt)
{
    public static CachedToken From(TokenResponse response, DateTimeOffset now, TimeSpan refreshMargin)
    {
        var lifetime = response.ExpiresAt - now;
        var margin = lifetime > TimeSpan.Zero ? TimeSpan.FromTicks(Math.Min(refreshMargin.Ticks, lifetime.Ticks / 2)) : TimeSpan.Zero;
        return new CachedToken(response.Token, response.ExpiresAt - margin);
    }

    public bool IsFreshAt(DateTimeOffset now) => now < RefreshAt;

    // The token must not end up in logs through a record's generated ToString.
    public override string ToString() => $"token (refresh at {RefreshAt:O})";
}
