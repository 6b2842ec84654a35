namespace Casavi.Sandbox.Faults;

/// <summary>A fault waiting for its next <see cref="Remaining"/> matching requests.</summary>
internal sealed class ScriptedFault(string method, string pathPrefix, int status, int count, int? retryAfterSeconds)
{
    public int Status { get; } = status;

    public int? RetryAfterSeconds { get; } = retryAfterSeconds;

    public int Remaining { get; set; } = count;

    /// <summary>Authentication is only hit by a fault that names it explicitly.</summary>
    public bool Matches(string requestMethod, string path) =>
        (method == "*" || string.Equals(method, requestMethod, StringComparison.OrdinalIgnoreCase))
        && path.StartsWith(pathPrefix, StringComparison.OrdinalIgnoreCase)
        && (!path.StartsWith(ApiRoutes.Authenticate, StringComparison.OrdinalIgnoreCase)
            || pathPrefix.StartsWith(ApiRoutes.Authenticate, StringComparison.OrdinalIgnoreCase));
}

/// <summary>What a faulted request is answered with.</summary>
internal sealed record FaultDecision(int Status, int? RetryAfterSeconds);
