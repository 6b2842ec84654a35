using Casavi.GraphQL.Kernel.Caching;
using Casavi.GraphQL.Tests.Infrastructure;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace Casavi.GraphQL.Tests.Caching;

public sealed class GuardedDistributedCacheTests
{
    private static readonly byte[] Value = [1, 2, 3];
    private readonly FakeRedis redis = new();
    private readonly FakeLogCollector logs = new();
    private readonly FakeTimeProvider time = new();

    [Fact]
    public async Task A_hung_redis_is_a_miss_once_the_bound_has_passed_and_its_call_is_cancelled()
    {
        var guard = await ConnectedGuardAsync();
        var hung = new TaskCompletionSource<byte[]?>();
        var cancelled = new TaskCompletionSource();
        // Like a hung connection: never answers, whatever the token says; the guard must not wait for it.
        redis.Behaviour = token =>
        {
            token.Register(() => cancelled.TrySetResult());
            return hung.Task;
        };

        var get = guard.GetAsync("key");
        time.Advance(TimeSpan.FromMilliseconds(49));
        Assert.False(get.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));

        // Fake time decides; the real-time limit only keeps a broken guard from hanging the run.
        Assert.Null(await get.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(cancelled.Task.IsCompleted);

        // One slow answer is only a miss; the probe it starts, hung as well, is what finds Redis unavailable.
        Assert.True(guard.IsAvailable);
        await Eventually.HoldsAsync(() => Task.FromResult(!guard.IsAvailable), () => time.Advance(RedisConnection.ConnectTimeout + TimeSpan.FromMilliseconds(50)));
        Assert.Equal("Redis cache unavailable (no answer within 5050 ms): serving from memory and casavi; next try in 5 s", Assert.Single(Warnings()).Message);
    }

    [Fact]
    public async Task A_failing_redis_is_a_miss_or_nothing_and_never_an_exception()
    {
        var guard = await ConnectedGuardAsync();
        redis.Behaviour = _ => throw new RedisConnectionException(ConnectionFailureType.SocketClosed, "socket closed");

        Assert.Null(await guard.GetAsync("key"));
        Assert.Null(guard.Get("key"));
        await guard.SetAsync("key", Value, new DistributedCacheEntryOptions());
        guard.Set("key", Value, new DistributedCacheEntryOptions());
        await guard.RefreshAsync("key");
        guard.Refresh("key");
        await guard.RemoveAsync("key");
        guard.Remove("key");

        Assert.Equal("no connection: SocketClosed", guard.Unavailability);
    }

    [Fact]
    public async Task A_faulted_call_counts_as_a_failure_too()
    {
        var guard = await ConnectedGuardAsync();
        redis.Behaviour = _ => Task.FromException<byte[]?>(new RedisTimeoutException("timeout", CommandStatus.Sent));

        Assert.Null(await guard.GetAsync("key"));

        // The probe that timeout starts fails the same way.
        Assert.False(await guard.CheckAsync(default));
        Assert.Equal("Redis timed out", guard.Unavailability);
    }

    [Fact]
    public async Task An_outage_logs_one_warning_and_leaves_redis_alone_during_the_back_off()
    {
        var guard = await ConnectedGuardAsync();
        redis.Behaviour = _ => throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "down");
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => guard.GetAsync("key")));
        var callsAfterFailure = redis.Calls;

        for (var i = 0; i < 50; i++)
            Assert.Null(await guard.GetAsync("key"));
        time.Advance(GuardedDistributedCache.BackOff - TimeSpan.FromMilliseconds(1));
        await guard.SetAsync("key", Value, new DistributedCacheEntryOptions());

        Assert.Equal(callsAfterFailure, redis.Calls);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            time.Advance(GuardedDistributedCache.BackOff);
            Assert.False(await guard.CheckAsync(default));
        }

        Assert.Equal(callsAfterFailure + 3, redis.Calls);
        Assert.Single(Warnings());
        Assert.DoesNotContain(logs.GetSnapshot(), record => record.Level == LogLevel.Information);
    }

    [Fact]
    public async Task Redis_is_tried_again_after_the_back_off_and_its_return_logged_once()
    {
        var guard = await ConnectedGuardAsync();
        redis.Behaviour = _ => throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "down");
        Assert.Null(await guard.GetAsync("key"));
        redis.Behaviour = _ => Task.FromResult<byte[]?>(Value);

        Assert.False(await guard.CheckAsync(default));
        time.Advance(GuardedDistributedCache.BackOff);
        Assert.True(await guard.CheckAsync(default));

        Assert.Equal(Value, await guard.GetAsync("key"));
        Assert.True(guard.IsAvailable);
        Assert.Null(guard.Unavailability);
        Assert.Equal("Redis cache available again", Assert.Single(logs.GetSnapshot(), record => record.Level == LogLevel.Information).Message);
        Assert.Single(Warnings());
    }

    [Fact]
    public async Task Connecting_happens_in_the_background_without_holding_a_request()
    {
        var guard = Guard();
        var connected = new TaskCompletionSource<byte[]?>();
        redis.Behaviour = _ => connected.Task;

        Assert.Null(await guard.GetAsync("key"));
        Assert.False(guard.IsAvailable);
        Assert.Equal("not connected yet", guard.Unavailability);

        connected.SetResult(null);
        Assert.True(await guard.CheckAsync(default));
        Assert.Empty(logs.GetSnapshot());
    }

    private async Task<GuardedDistributedCache> ConnectedGuardAsync()
    {
        var guard = Guard();
        Assert.True(await guard.CheckAsync(default));
        return guard;
    }

    private GuardedDistributedCache Guard() =>
        new(redis, Options.Create(new CacheOptions { Redis = "redis:6379" }), time, new FakeLogger<GuardedDistributedCache>(logs));

    private IEnumerable<FakeLogRecord> Warnings() => logs.GetSnapshot().Where(record => record.Level == LogLevel.Warning);

    /// <summary>Every operation does what <see cref="Behaviour"/> says and counts as one call.</summary>
    private sealed class FakeRedis : IDistributedCache
    {
        private int calls;

        public Func<CancellationToken, Task<byte[]?>> Behaviour { get; set; } = _ => Task.FromResult<byte[]?>(null);

        public int Calls => Volatile.Read(ref calls);

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Call(token);

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) => Call(token);

        public Task RefreshAsync(string key, CancellationToken token = default) => Call(token);

        public Task RemoveAsync(string key, CancellationToken token = default) => Call(token);

        public byte[]? Get(string key) => throw new NotSupportedException("The guard calls the async methods.");

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => throw new NotSupportedException("The guard calls the async methods.");

        public void Refresh(string key) => throw new NotSupportedException("The guard calls the async methods.");

        public void Remove(string key) => throw new NotSupportedException("The guard calls the async methods.");

        private Task<byte[]?> Call(CancellationToken token)
        {
            Interlocked.Increment(ref calls);
            return Behaviour(token);
        }
    }
}
