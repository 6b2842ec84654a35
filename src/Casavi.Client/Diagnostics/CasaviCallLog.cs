namespace Casavi.Client.Diagnostics;

/// <summary>The HTTP attempts of one async flow (retries, 401 replays and authenticate calls included). Thread-safe.</summary>
public sealed class CasaviCallLog : IDisposable
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> byEndpoint = new(StringComparer.Ordinal);
    private int count;
    private int inFlight;
    private int waves;
    private int cacheHits;
    private int spent;
    private TimeSpan totalDuration;

    internal CasaviCallLog(CasaviCallLog? parent, int maxRequests)
    {
        Parent = parent;
        MaxRequests = maxRequests;
    }

    /// <summary>
    /// casavi API requests this flow may send, attempts and replays included, sign-ins not;
    /// <see cref="int.MaxValue"/> without a budget. Enclosing logs' budgets apply too.
    /// </summary>
    public int MaxRequests { get; }

    /// <summary>HTTP attempts started.</summary>
    public int Count
    {
        get { lock (gate) return count; }
    }

    /// <summary>Attempts per endpoint template, e.g. "GET /v2/units/{unitId}" (a snapshot).</summary>
    public IReadOnlyDictionary<string, int> ByEndpoint
    {
        get { lock (gate) return new Dictionary<string, int>(byEndpoint, StringComparer.Ordinal); }
    }

    /// <summary>Sum of the attempts' durations (parallel attempts add up).</summary>
    public TimeSpan TotalDuration
    {
        get { lock (gate) return totalDuration; }
    }

    /// <summary>
    /// Dependent round trips: a wave starts when an attempt starts after every earlier attempt of
    /// this log has finished. Three parallel calls and then one that needed their answers make 2.
    /// </summary>
    public int Waves
    {
        get { lock (gate) return waves; }
    }

    /// <summary>Reads of casavi answered by the gateway's cache instead (each one a request not sent).</summary>
    public int CacheHits
    {
        get { lock (gate) return cacheHits; }
    }

    internal CasaviCallLog? Parent { get; }

    /// <summary>Records a read served from a cache, for the request's cost report.</summary>
    public void CacheHit()
    {
        lock (gate)
            cacheHits++;
        Parent?.CacheHit();
    }

    public void Dispose() => CasaviCallTracker.End(this);

    /// <summary>Takes one request from this budget and every enclosing one.</summary>
    /// <returns>Null when the request may be sent; else the log whose budget is spent (nothing is taken then).</returns>
    internal CasaviCallLog? Spend()
    {
        lock (gate)
        {
            if (spent >= MaxRequests) return this;
            spent++;
        }

        var refused = Parent?.Spend();
        if (refused is not null)
        {
            lock (gate)
                spent--;
        }

        return refused;
    }

    internal void AttemptStarted(string endpoint)
    {
        lock (gate)
        {
            count++;
            byEndpoint[endpoint] = byEndpoint.GetValueOrDefault(endpoint) + 1;
            if (inFlight == 0) waves++;
            inFlight++;
        }

        Parent?.AttemptStarted(endpoint);
    }

    internal void AttemptFinished(TimeSpan duration)
    {
        lock (gate)
        {
            inFlight--;
            totalDuration += duration;
        }

        Parent?.AttemptFinished(duration);
    }
}
