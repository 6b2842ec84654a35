namespace Casavi.GraphQL.Security;

/// <summary>
/// Requests each caller may send to <c>/graphql</c> (section "Gateway:RateLimit"), checked at start by
/// <see cref="CallerRateLimitSettingsValidator"/>. appsettings.Development.json turns it off, so tests
/// and benchmarks that hammer one local caller measure the gateway, not the limit.
/// </summary>
public sealed class CallerRateLimitSettings
{
    public const string SectionName = "Gateway:RateLimit";

    /// <summary>Sustained requests per second per caller; 0 turns the limit off.</summary>
    public int PermitsPerSecond { get; set; } = 100;

    /// <summary>Requests a caller may send at once after being idle (the token bucket's size); at least <see cref="PermitsPerSecond"/>.</summary>
    public int Burst { get; set; } = 200;

    /// <summary>Requests over the limit that wait for a permit instead of being refused at once; 0 refuses them.</summary>
    public int QueueLimit { get; set; }

    /// <summary>
    /// Permits a request refused for its cost (<c>COST_LIMIT</c>) takes in all, as many as are left; 1 takes
    /// no more than any request. A caller sending documents over the limits soon gets 429s, answered before
    /// the body is read.
    /// </summary>
    public int PermitsPerCostRefusal { get; set; } = 10;

    public bool IsOn => PermitsPerSecond > 0;
}
