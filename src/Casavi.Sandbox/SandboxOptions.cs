namespace Casavi.Sandbox;

/// <summary>How the sandbox is seeded and how it misbehaves at start (bindable from the "Sandbox" section).</summary>
public sealed class SandboxOptions
{
    public const string SectionName = "Sandbox";

    /// <summary>Seed of the generated data: the same seed and scale give byte-identical answers.</summary>
    public int Seed { get; set; } = 20261128;

    /// <summary>Multiplies the entity counts (1 is a property manager with about 50 properties).</summary>
    public double Scale { get; set; } = 1;

    /// <summary>
    /// The number of a list's first page in <c>page</c> and in next links: 0 as in casavi's examples
    /// (<c>?page=0</c>), or 1 to check that the gateway learns the numbering rather than assuming it.
    /// </summary>
    public int FirstPageNumber { get; set; }

    /// <summary>What a page past the last answers: 400 (the default) or an empty page without next link.</summary>
    public PastLastPage PastLastPage { get; set; } = PastLastPage.BadRequest;

    public int LatencyMilliseconds { get; set; }

    /// <summary>Share (0..1) of /v2 requests answered 503.</summary>
    public double ErrorRate { get; set; }

    /// <summary>Share (0..1) of /v2 requests answered 429 with Retry-After.</summary>
    public double RateLimitRate { get; set; }

    public int RetryAfterSeconds { get; set; } = 1;

    public int TokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>Pause between a change and the first call of the rest hooks subscribed to it.</summary>
    public int HookDeliveryDelayMilliseconds { get; set; }

    /// <summary>Share (0..1) of rest-hook delivery attempts that fail as if the receiver were unreachable.</summary>
    public double HookFailureRate { get; set; }

    /// <summary>Pause before the first retry of a failed delivery; each further retry waits twice as long.</summary>
    public int HookRetryDelayMilliseconds { get; set; } = 1000;

    public string Key { get; set; } = "sandbox-key";

    public string Secret { get; set; } = "sandbox-secret";
}
