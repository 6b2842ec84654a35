using System.Diagnostics;
using Casavi.GraphQL.Kernel.Caching;
using Casavi.GraphQL.Tests.Infrastructure;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Casavi.GraphQL.Tests.Caching;

/// <summary>The guard over the real Redis cache, as <see cref="RedisSecondLevelExtensions.AddRedisSecondLevel"/> registers them, against a real redis-server.</summary>
public sealed class RedisSecondLevelTests
{
    private static readonly byte[] Value = [1, 2, 3];
    private static readonly DistributedCacheEntryOptions OneMinute = new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1) };
    private readonly FakeLogCollector logs = new();
    private readonly FakeTimeProvider time = new();

    [Fact]
    public async Task Reads_and_writes_go_through_redis_behind_the_guard()
    {
        await using var services = Services(RedisServer.Shared);
        var cache = services.GetRequiredService<IDistributedCache>();
        var guard = Assert.IsType<GuardedDistributedCache>(cache);
        Assert.Same(guard, services.GetRequiredService<GuardedDistributedCache>());
        var key = $"test-{Guid.NewGuid():N}";

        Assert.True(await guard.CheckAsync(default).WaitAsync(TimeSpan.FromSeconds(10)));
        await cache.SetAsync(key, Value, OneMinute);

        Assert.Equal(Value, await cache.GetAsync(key));
        Assert.Equal(Value, await services.GetRequiredService<RedisCache>().GetAsync(key));
        await cache.RemoveAsync(key);
        Assert.Null(await cache.GetAsync(key));
    }

    [Fact]
    public async Task Redis_going_away_is_a_quick_miss_with_one_warning_and_its_return_is_used_again()
    {
        using var server = RedisServer.StartPrivate();
        await using var services = Services(server.Endpoint);
        var cache = services.GetRequiredService<GuardedDistributedCache>();
        var timeout = services.GetRequiredService<IOptions<CacheOptions>>().Value.RedisTimeout;
        Assert.True(await cache.CheckAsync(default).WaitAsync(TimeSpan.FromSeconds(10)));
        await cache.SetAsync("key", Value, OneMinute);
        Assert.Equal(Value, await cache.GetAsync("key"));

        server.Stop();
        var watch = Stopwatch.StartNew();
        var get = cache.GetAsync("key");
        time.Advance(timeout); // the guard's bound, should Redis not have failed by itself yet
        Assert.Null(await get.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Null(await cache.GetAsync("key"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"the misses took {watch.Elapsed}");
        // A refused connection marks Redis unavailable at once; a read that timed out leaves it to the probe it starts.
        await Eventually.HoldsAsync(() => Task.FromResult(!cache.IsAvailable), () => time.Advance(RedisConnection.ConnectTimeout + timeout));
        Assert.Equal(LogLevel.Warning, Assert.Single(GuardLogs()).Level);
        Assert.DoesNotContain($"{server.Port}", cache.Unavailability, StringComparison.Ordinal);

        server.Start();
        await ReconnectAsync(cache);

        await cache.SetAsync("key", [4], OneMinute);
        // Writes go out in the background: the value is there once Redis has stored it.
        await Eventually.HoldsAsync(async () => await cache.GetAsync("key") is [4]);
        Assert.True(cache.IsAvailable);
        Assert.Collection(
            GuardLogs(),
            down => Assert.StartsWith("Redis cache unavailable (", down.Message, StringComparison.Ordinal),
            back => Assert.Equal("Redis cache available again", back.Message));
    }

    /// <summary>Back-off after back-off until StackExchange.Redis has reconnected (it retries every second).</summary>
    private async Task ReconnectAsync(GuardedDistributedCache cache)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            time.Advance(GuardedDistributedCache.BackOff);
            if (await cache.CheckAsync(default).WaitAsync(TimeSpan.FromSeconds(10)))
                return;
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(15), $"Redis was not used again: {cache.Unavailability}");
            await Task.Delay(100);
        }
    }

    private ServiceProvider Services(string redis)
    {
        var options = new CacheOptions { Redis = redis };
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(new FakeLoggerProvider(logs)))
            .AddSingleton<TimeProvider>(time)
            .AddSingleton(Options.Create(options))
            .AddRedisSecondLevel(options);
        return services.BuildServiceProvider();
    }

    private List<FakeLogRecord> GuardLogs() =>
        [.. logs.GetSnapshot().Where(record => record.Category == typeof(GuardedDistributedCache).FullName)];
}
