namespace Casavi.Client.Resilience;

/// <summary>
/// casavi rate limits per account, not per request: one Retry-After of a 429 pauses every call of
/// this client until it has passed, so waiting requests do not keep the account over its limit.
/// </summary>
internal sealed class RateLimitPause(TimeProvider time)
{
    private long untilTicks;

    /// <summary>Extends the pause to at least <paramref name="wait"/> from now; never shortens it.</summary>
    public void PauseFor(TimeSpan wait)
    {
        var until = (time.GetUtcNow() + wait).UtcTicks;
        var current = Interlocked.Read(ref untilTicks);
        while (until > current)
        {
            var seen = Interlocked.CompareExchange(ref untilTicks, until, current);
            if (seen == current) return;
            current = seen;
        }
    }

    /// <summary>How long the pause still lasts; zero when calls may go out.</summary>
    public TimeSpan Remaining
    {
        get
        {
            var left = Interlocked.Read(ref untilTicks) - time.GetUtcNow().UtcTicks;
            return left > 0 ? TimeSpan.FromTicks(left) : TimeSpan.Zero;
        }
    }
}
