using Casavi.Sandbox.Auth;

namespace Casavi.Sandbox.Faults;

/// <summary>
/// How the sandbox misbehaves, changeable while it runs: latency, random 503s and 429s, token
/// lifetime, and scripted faults that answer the next matching requests with a chosen status.
/// </summary>
public sealed class SandboxKnobs
{
    private readonly Lock gate = new();
    private readonly SandboxOptions initial;
    private readonly TokenStore tokens;
    private readonly Random random;
    private readonly ScriptedFaults scripted = new();
    private int latencyMilliseconds;
    private double errorRate;
    private double rateLimitRate;
    private int retryAfterSeconds;
    private int tokenLifetimeSeconds;

    internal SandboxKnobs(SandboxOptions initial, TokenStore tokens)
    {
        this.initial = initial;
        this.tokens = tokens;
        random = new Random(initial.Seed);
        Reset();
    }

    public int LatencyMilliseconds
    {
        get { lock (gate) return latencyMilliseconds; }
        set { ArgumentOutOfRangeException.ThrowIfNegative(value); lock (gate) latencyMilliseconds = value; }
    }

    public double ErrorRate
    {
        get { lock (gate) return errorRate; }
        set { ThrowIfNotShare(value); lock (gate) errorRate = value; }
    }

    public double RateLimitRate
    {
        get { lock (gate) return rateLimitRate; }
        set { ThrowIfNotShare(value); lock (gate) rateLimitRate = value; }
    }

    public int RetryAfterSeconds
    {
        get { lock (gate) return retryAfterSeconds; }
        set { ArgumentOutOfRangeException.ThrowIfNegative(value); lock (gate) retryAfterSeconds = value; }
    }

    public int TokenLifetimeSeconds
    {
        get { lock (gate) return tokenLifetimeSeconds; }
        set { ArgumentOutOfRangeException.ThrowIfNegative(value); lock (gate) tokenLifetimeSeconds = value; }
    }

    /// <summary>Scripted faults not yet used up.</summary>
    public int PendingFaults => scripted.Pending;

    /// <summary>
    /// The next <paramref name="count"/> requests whose method matches (or "*") and whose path starts
    /// with <paramref name="pathPrefix"/> are answered with <paramref name="status"/>.
    /// </summary>
    public void ScriptFault(string method, string pathPrefix, int status, int count, int? retryAfterSeconds = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(pathPrefix);
        if (!pathPrefix.StartsWith('/'))
            throw new ArgumentException("The path prefix must start with '/'.", nameof(pathPrefix));
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        if (retryAfterSeconds is { } seconds)
            ArgumentOutOfRangeException.ThrowIfNegative(seconds, nameof(retryAfterSeconds));
        scripted.Add(new ScriptedFault(method, pathPrefix, status, count, retryAfterSeconds));
    }

    public void ExpireAllTokens() => tokens.ExpireAll();

    /// <summary>Back to the start options; pending scripted faults are dropped.</summary>
    public void Reset()
    {
        lock (gate)
        {
            LatencyMilliseconds = initial.LatencyMilliseconds;
            ErrorRate = initial.ErrorRate;
            RateLimitRate = initial.RateLimitRate;
            RetryAfterSeconds = initial.RetryAfterSeconds;
            TokenLifetimeSeconds = initial.TokenLifetimeSeconds;
            scripted.Clear();
        }
    }

    /// <summary>The fault this request gets, if any: scripted faults first, then the random rates.</summary>
    internal FaultDecision? NextFault(string method, string path, bool randomFaultsApply)
    {
        lock (gate)
        {
            if (scripted.TryConsume(method, path) is { } fault)
                return new FaultDecision(fault.Status, fault.RetryAfterSeconds ?? (fault.Status == 429 ? retryAfterSeconds : null));
            if (!randomFaultsApply)
                return null;
            if (rateLimitRate > 0 && random.NextDouble() < rateLimitRate)
                return new FaultDecision(StatusCodes.Status429TooManyRequests, retryAfterSeconds);
            if (errorRate > 0 && random.NextDouble() < errorRate)
                return new FaultDecision(StatusCodes.Status503ServiceUnavailable, null);
            return null;
        }
    }

    private static void ThrowIfNotShare(double value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (double.IsNaN(value) || value < 0 || value > 1)
            throw new ArgumentOutOfRangeException(name, value, "A share must be between 0 and 1.");
    }
}
