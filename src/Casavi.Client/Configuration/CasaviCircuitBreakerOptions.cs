namespace Casavi.Client;

/// <summary>When casavi keeps failing, calls fail fast for <see cref="BreakDuration"/> instead of piling up.</summary>
public sealed class CasaviCircuitBreakerOptions
{
    public double FailureRatio { get; set; } = 0.5;

    public int MinimumThroughput { get; set; } = 20;

    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
