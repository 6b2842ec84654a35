namespace Casavi.Sandbox;

/// <summary>How the sandbox is seeded and how it misbehaves at start (bindable from the "Sandbox" section).</summary>
public sealed class SandboxOptions
{
    public const string SectionName = "Sandbox";

    /// <summary>Seed of the generated data: the same seed and scale give byte-identical answers.</summary>
    public int Seed { get; set; } = 20261128;

    /// <summary>Multiplies the entity counts (1 is a property manager with about 50 properties).</summary>
    public double Scale { get; set; } = 1;

    public int LatencyMilliseconds { get; set; }

    /// <summary>Share (0..1) of /v2 requests answered 503.</summary>
    public double ErrorRate { get; set; }

    /// <summary>Share (0..1) of /v2 requests answered 429 with Retry-After.</summary>
    public double RateLimitRate { get; set; }

    public int RetryAfterSeconds { get; set; } = 1;

    public int TokenLifetimeSeconds { get; set; } = 3600;

    public string Key { get; set; } = "sandbox-key";

    public string Secret { get; set; } = "sandbox-secret";
}
