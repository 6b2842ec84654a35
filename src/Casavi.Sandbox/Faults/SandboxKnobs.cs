using Casavi.Sandbox.Auth;

namespace Casavi.Sandbox.Faults;

/// <summary>
/// How the sandbox misbehaves, changeable while it runs: latency, random 503s and 429s, token
/// lifetime, rest-hook delivery delay and failures, scripted faults that answer the next matching requests with a chosen status, and
/// deviations from the gateway's assumptions about casavi (a route casavi lacks, a filter it ignores).
/// </summary>
public sealed class SandboxKnobs
{
    private readonly Lock gate = new();
    private readonly SandboxOptions initial;
    private readonly TokenStore tokens;
    private readonly Random random;
    private readonly ScriptedFaults scripted = new();
    private readonly Dictionary<string, int> removedRoutes = new(StringComparer.Ordinal);
    private readonly HashSet<(string Route, string Parameter)> ignoredFilters = [];
    private int latencyMilliseconds;
    private double errorRate;
    private double rateLimitRate;
    private int retryAfterSeconds;
    private int tokenLifetimeSeconds;
    private int hookDeliveryDelayMilliseconds;
    private double hookFailureRate;
    private int hookRetryDelayMilliseconds;
    private int scriptedHookFailures;

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

    public int HookDeliveryDelayMilliseconds
    {
        get { lock (gate) return hookDeliveryDelayMilliseconds; }
        set { ArgumentOutOfRangeException.ThrowIfNegative(value); lock (gate) hookDeliveryDelayMilliseconds = value; }
    }

    public double HookFailureRate
    {
        get { lock (gate) return hookFailureRate; }
        set { ThrowIfNotShare(value); lock (gate) hookFailureRate = value; }
    }

    public int HookRetryDelayMilliseconds
    {
        get { lock (gate) return hookRetryDelayMilliseconds; }
        set { ArgumentOutOfRangeException.ThrowIfNegative(value); lock (gate) hookRetryDelayMilliseconds = value; }
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

    /// <summary>The next <paramref name="count"/> rest-hook delivery attempts fail, whatever the failure rate (deterministic for tests).</summary>
    public void FailNextHookAttempts(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        lock (gate) scriptedHookFailures += count;
    }

    /// <summary>
    /// Answers <paramref name="route"/> (a route template, e.g. "GET /v2/units/{unitId}") as if casavi
    /// had no such route: 404 with the body of an unknown path, or 405 as for a path served for other methods.
    /// </summary>
    public void RemoveRoute(string route, int status = StatusCodes.Status404NotFound)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(route);
        if (status is not (StatusCodes.Status404NotFound or StatusCodes.Status405MethodNotAllowed))
            throw new ArgumentOutOfRangeException(nameof(status), status, "A removed route answers 404 or 405.");
        lock (gate) removedRoutes[route] = status;
    }

    /// <summary>Lets <paramref name="route"/> ignore its query parameter <paramref name="parameter"/>, as if casavi had no such filter.</summary>
    public void IgnoreFilter(string route, string parameter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(route);
        ArgumentException.ThrowIfNullOrWhiteSpace(parameter);
        lock (gate) ignoredFilters.Add((route, parameter));
    }

    /// <summary>Back to the start options; pending scripted faults and deviations are dropped.</summary>
    public void Reset()
    {
        lock (gate)
        {
            LatencyMilliseconds = initial.LatencyMilliseconds;
            ErrorRate = initial.ErrorRate;
            RateLimitRate = initial.RateLimitRate;
            RetryAfterSeconds = initial.RetryAfterSeconds;
            TokenLifetimeSeconds = initial.TokenLifetimeSeconds;
            HookDeliveryDelayMilliseconds = initial.HookDeliveryDelayMilliseconds;
            HookFailureRate = initial.HookFailureRate;
            HookRetryDelayMilliseconds = initial.HookRetryDelayMilliseconds;
            scriptedHookFailures = 0;
            scripted.Clear();
            removedRoutes.Clear();
            ignoredFilters.Clear();
        }
    }

    /// <summary>The status a removed route answers with, or null when the route is served.</summary>
    internal int? RemovedRouteStatus(string route)
    {
        lock (gate) return removedRoutes.TryGetValue(route, out var status) ? status : null;
    }

    internal bool IgnoresFilter(string route, string parameter)
    {
        lock (gate) return ignoredFilters.Contains((route, parameter));
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

    /// <summary>Whether this delivery attempt fails before reaching the receiver: scripted failures first, then the rate.</summary>
    internal bool NextHookAttemptFails()
    {
        lock (gate)
        {
            if (scriptedHookFailures > 0)
            {
                scriptedHookFailures--;
                return true;
            }
            return hookFailureRate > 0 && random.NextDouble() < hookFailureRate;
        }
    }

    private static void ThrowIfNotShare(double value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (double.IsNaN(value) || value < 0 || value > 1)
            throw new ArgumentOutOfRangeException(name, value, "A share must be between 0 and 1.");
    }
}
