using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Casavi.GraphQL.Kernel.Caching;

/// <summary>
/// The Redis second-level cache as requests see it: every call ends within <see cref="CacheOptions.RedisTimeout"/>,
/// and a failure is a miss (Get) or nothing (Set, Refresh, Remove), never an exception. After a failure Redis
/// is left alone for <see cref="BackOff"/>; then one probe in the background, not a request, finds out whether
/// it is back. Connecting is such a probe too, so no request waits for a connect. One warning per outage.
/// </summary>
public sealed partial class GuardedDistributedCache(
    IDistributedCache inner, IOptions<CacheOptions> options, TimeProvider time, ILogger<GuardedDistributedCache> logger) : IDistributedCache
{
    /// <summary>
    /// Long enough that an outage costs requests nothing and the log one line; short enough that replicas
    /// share the cache again soon after Redis is back.
    /// </summary>
    public static readonly TimeSpan BackOff = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a write may take: an entry can be a whole list of a megabyte or more, and since no request
    /// waits for a write, only a Redis that stopped answering fails it.
    /// </summary>
    public static readonly TimeSpan WriteBound = TimeSpan.FromSeconds(2);

    /// <summary>The key probes read; it is never written.</summary>
    internal const string ProbeKey = "redis-guard-probe";

    private enum State { Connecting, Available, Unavailable }

    private readonly Lock gate = new();
    private State state = State.Connecting;
    private long failedAt;
    private string? failure;
    private Task? probe;

    public bool IsAvailable
    {
        get { lock (gate) return state == State.Available; }
    }

    /// <summary>Why Redis is not used, in the gateway's words (no host, no key); null while it is available.</summary>
    public string? Unavailability
    {
        get { lock (gate) return state switch { State.Available => null, State.Connecting => "not connected yet", _ => failure }; }
    }

    /// <summary>
    /// Asks Redis now (a bounded read while it is available, else the background probe once the back-off is
    /// over) and tells whether it is available.
    /// </summary>
    public async Task<bool> CheckAsync(CancellationToken token)
    {
        await GetAsync(ProbeKey, token);
        Task? running;
        lock (gate) running = probe;
        if (running is not null)
            await running.WaitAsync(token);
        return IsAvailable;
    }

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => CallAsync(bounded => inner.GetAsync(key, bounded), ReadBound, token);

    /// <summary>Stores in the background: the request that read the value goes on at once.</summary>
    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        _ = CallAsync(bounded => inner.SetAsync(key, value, options, bounded), WriteBound, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task RefreshAsync(string key, CancellationToken token = default) => CallAsync(bounded => inner.RefreshAsync(key, bounded), ReadBound, token);

    public Task RemoveAsync(string key, CancellationToken token = default) => CallAsync(bounded => inner.RemoveAsync(key, bounded), ReadBound, token);

    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    private TimeSpan ReadBound => options.Value.RedisTimeout;

    private async Task CallAsync(Func<CancellationToken, Task> call, TimeSpan bound, CancellationToken token) =>
        await CallAsync(async bounded => { await call(bounded); return true; }, bound, token);

    /// <summary>Runs one call when Redis is available; the caller's own cancellation is the only exception it lets through.</summary>
    private async Task<T?> CallAsync<T>(Func<CancellationToken, Task<T>> call, TimeSpan bound, CancellationToken token)
    {
        if (!Admit())
            return default;
        try
        {
            return await BoundedAsync(call, bound, token);
        }
        catch (TimeoutException) when (!token.IsCancellationRequested)
        {
            // One slow answer (a large entry, a busy moment) is a miss; whether Redis is down is for a probe to say.
            Suspect();
            return default;
        }
        catch (Exception failed) when (!token.IsCancellationRequested)
        {
            Failed(failed, bound);
            return default;
        }
    }

    private void Suspect()
    {
        lock (gate)
        {
            if (probe is null || probe.IsCompleted)
                probe = Task.Run(ProbeAsync);
        }
    }

    /// <summary>True when Redis is available; otherwise starts the probe if none runs and the back-off is over.</summary>
    private bool Admit()
    {
        lock (gate)
        {
            if (state == State.Available)
                return true;
            if (probe is null || (probe.IsCompleted && time.GetElapsedTime(failedAt) >= BackOff))
                probe = Task.Run(ProbeAsync);
            return false;
        }
    }

    private async Task ProbeAsync()
    {
        // Connecting is part of a probe: it may take longer than a request would wait.
        var bound = RedisConnection.ConnectTimeout + options.Value.RedisTimeout;
        try
        {
            await BoundedAsync(bounded => inner.GetAsync(ProbeKey, bounded), bound, CancellationToken.None);
            Recovered();
        }
        catch (Exception failed)
        {
            Failed(failed, bound);
        }
    }

    /// <summary>Awaits the call at most <paramref name="bound"/>, then cancels it and stops waiting: a hung Redis may ignore cancellation.</summary>
    private async Task<T> BoundedAsync<T>(Func<CancellationToken, Task<T>> call, TimeSpan bound, CancellationToken token)
    {
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(token);
        var running = call(abandon.Token);
        try
        {
            return await running.WaitAsync(bound, time, token);
        }
        catch when (!running.IsCompleted)
        {
            await abandon.CancelAsync();
            // Nobody awaits the abandoned call any more; its late failure must not surface as unobserved.
            _ = running.ContinueWith(static late => late.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            throw;
        }
    }

    private void Failed(Exception failed, TimeSpan bound)
    {
        string reason;
        lock (gate)
        {
            failedAt = time.GetTimestamp();
            failure = Reason(failed, bound);
            if (state == State.Unavailable)
                return; // this outage has had its warning
            state = State.Unavailable;
            reason = failure;
        }

        LogUnavailable(logger, reason, BackOff.TotalSeconds, failed);
    }

    private void Recovered()
    {
        bool wasUnavailable;
        lock (gate)
        {
            wasUnavailable = state == State.Unavailable;
            state = State.Available;
            failure = null;
        }

        if (wasUnavailable)
            LogAvailableAgain(logger);
    }

    /// <summary>Short and free of hosts, keys and secrets: it is shown by the health endpoint.</summary>
    private static string Reason(Exception failed, TimeSpan bound) => failed switch
    {
        RedisTimeoutException => "Redis timed out",
        TimeoutException => $"no answer within {(int)bound.TotalMilliseconds} ms",
        RedisConnectionException connection => $"no connection: {connection.FailureType}",
        RedisServerException => "Redis refused a command",
        _ => failed.GetType().Name,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis cache unavailable ({Reason}): serving from memory and casavi; next try in {BackOffSeconds} s")]
    private static partial void LogUnavailable(ILogger logger, string reason, double backOffSeconds, Exception failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis cache available again")]
    private static partial void LogAvailableAgain(ILogger logger);
}
