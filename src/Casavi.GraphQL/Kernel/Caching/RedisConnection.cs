using StackExchange.Redis;

namespace Casavi.GraphQL.Kernel.Caching;

/// <summary>
/// The Redis connection of the second-level cache, tuned to fail fast: the gateway starts and serves
/// while Redis is down, and reconnects by itself when it is back.
/// </summary>
public static class RedisConnection
{
    /// <summary>
    /// How long one connect attempt may take. Requests never wait for it (<see cref="GuardedDistributedCache"/>
    /// connects in the background), so it covers a slow network, TLS and the first connection in a process,
    /// which takes about a second of start-up work.
    /// </summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);

    /// <summary>StackExchange.Redis options from <see cref="CacheOptions.Redis"/>; host, password and TLS stay as configured.</summary>
    public static ConfigurationOptions Options(CacheOptions cache)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cache.Redis);
        var options = ConfigurationOptions.Parse(cache.Redis);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = Milliseconds(ConnectTimeout);
        // Commands the guard abandoned after RedisTimeout end soon instead of piling up. StackExchange.Redis
        // checks these timeouts about once a second, so a lower value would buy nothing.
        options.SyncTimeout = options.AsyncTimeout = Math.Max(Milliseconds(cache.RedisTimeout), 1000);
        // While disconnected, commands fail at once rather than queue until Redis is back.
        options.BacklogPolicy = BacklogPolicy.FailFast;
        // A reconnect attempt every second: the cache is shared again soon after Redis returns, not after
        // the default exponential waits of up to ten seconds.
        options.ReconnectRetryPolicy = new LinearRetry(1000);
        // Exceptions end up in the log: no key names in them.
        options.IncludeDetailInExceptions = false;
        return options;
    }

    private static int Milliseconds(TimeSpan span) => (int)Math.Min(span.TotalMilliseconds, int.MaxValue);
}
