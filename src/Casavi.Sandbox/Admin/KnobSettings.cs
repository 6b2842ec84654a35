namespace Casavi.Sandbox.Admin;

/// <summary>The knob values as JSON; on PUT, only the values given are changed.</summary>
internal sealed record KnobSettings
{
    public int? LatencyMilliseconds { get; init; }
    public double? ErrorRate { get; init; }
    public double? RateLimitRate { get; init; }
    public int? RetryAfterSeconds { get; init; }
    public int? TokenLifetimeSeconds { get; init; }
    public int? HookDeliveryDelayMilliseconds { get; init; }
    public double? HookFailureRate { get; init; }
    public int? HookRetryDelayMilliseconds { get; init; }

    /// <summary>Read only: scripted faults not yet used up (ignored on PUT).</summary>
    public int? PendingFaults { get; init; }
}

/// <summary>The body of POST /_sandbox/faults.</summary>
internal sealed record FaultScript(string? Method, string? PathPrefix, int Status, int Count, int? RetryAfterSeconds);

/// <summary>The body of POST /_sandbox/routes/removed: a route template such as "GET /v2/units/{unitId}", answered 404 (default) or 405.</summary>
internal sealed record RouteRemoval(string? Route, int? Status);

/// <summary>The body of POST /_sandbox/filters/ignored: a route template and the query parameter it ignores.</summary>
internal sealed record IgnoredFilter(string? Route, string? Parameter);

/// <summary>The answer of GET /_sandbox/requests.</summary>
internal sealed record RequestCounts(int Total, IReadOnlyDictionary<string, int> Counts);

/// <summary>The answer of GET /_sandbox/hooks/deliveries.</summary>
internal sealed record HookDeliveryCounts(int Attempts, int Successes);
