namespace Casavi.GraphQL.Health;

/// <summary>Health endpoint settings, bound from the configuration section "Health".</summary>
public sealed class HealthSettings
{
    public const string SectionName = "Health";

    /// <summary>How long one readiness probe of casavi answers for every caller.</summary>
    public TimeSpan ReadyCacheDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest a readiness probe waits for casavi before reporting it unreachable.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
