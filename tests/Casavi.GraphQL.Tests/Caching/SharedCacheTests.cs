using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;
using Casavi.GraphQL.Tests.MasterData;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Casavi.GraphQL.Tests.Caching;

/// <summary>Replicas sharing one Redis, and Redis going away and coming back under a running gateway.</summary>
[Collection(RoundTripTestGroup.Name)]
public sealed class SharedCacheTests
{
    private static readonly string Nested = NestedMasterDataQuery.For(25);

    [Fact]
    public async Task A_second_replica_answers_from_what_the_first_one_read()
    {
        await using var first = await CachingGateway.StartAsync(RedisServer.Shared);
        var read = await first.PostQueryAsync(Nested);
        await using var second = await CachingGateway.StartAsync(RedisServer.Shared, casaviOf: first);

        var shared = await second.PostQueryAsync(Nested);

        var cost = UpstreamCost.From(shared);
        Assert.True(cost.Requests <= 2 && cost.Waves <= 1 && cost.CacheHits > 0, $"first replica {UpstreamCost.From(read)}; second {cost}");
        Assert.Equal(read.GetProperty("data").ToString(), shared.GetProperty("data").ToString());
    }

    [Fact]
    public async Task No_entry_of_one_account_is_read_for_another()
    {
        await using var first = await CachingGateway.StartAsync(RedisServer.Shared);
        await first.PostQueryAsync(Nested);
        // Its own embedded sandbox: another casavi base URL, so another account.
        await using var other = await CachingGateway.StartAsync(RedisServer.Shared);

        var answer = await other.PostQueryAsync(Nested);

        Assert.NotEqual(first.Account, other.Account);
        Assert.Equal(0, UpstreamCost.From(answer).CacheHits);
    }

    [Fact]
    public async Task An_entry_that_cannot_be_read_is_dropped_and_read_again_from_casavi()
    {
        await using var first = await CachingGateway.StartAsync(RedisServer.Shared);
        var read = await first.PostQueryAsync(Nested);
        await StoredAsync(RedisServer.Shared, first.Account);
        var corrupted = await CorruptEntriesAsync(RedisServer.Shared, first.Account);
        await using var second = await CachingGateway.StartAsync(RedisServer.Shared, casaviOf: first);

        var reread = await second.PostQueryAsync(Nested);

        Assert.True(corrupted >= 3, $"{corrupted} entries corrupted");
        Assert.False(reread.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(read.GetProperty("data").ToString(), reread.GetProperty("data").ToString());
        Assert.True(UpstreamCost.From(reread).Requests > 2, UpstreamCost.From(reread).ToString());
    }

    [Fact]
    public async Task Without_redis_the_gateway_goes_on_degraded_and_with_it_back_shares_again()
    {
        using var redis = RedisServer.StartPrivate();
        await using var gateway = await CachingGateway.StartAsync(redis.Endpoint);
        await gateway.PostQueryAsync(NestedMasterDataQuery.For(2));

        redis.Stop();
        var answers = new List<JsonElement>();
        foreach (var query in new[] { Nested, "{ tickets(first: 50) { nodes { title reporter { lastName } } } }", Nested })
            answers.Add(await gateway.PostQueryAsync(query));
        var degraded = await gateway.GetReadyAsync();

        Assert.All(answers, answer => Assert.False(answer.TryGetProperty("errors", out var errors), errors.ToString()));
        Assert.Single(gateway.Logs.GetSnapshot(), log => log.Level == LogLevel.Warning && log.Message.StartsWith("Redis cache unavailable", StringComparison.Ordinal));
        Assert.Equal("Degraded", degraded.GetProperty("status").GetString());

        redis.Start();
        Assert.True(await gateway.WaitForRedisAsync(TimeSpan.FromSeconds(20)), "the gateway never used Redis again");
        const string NotYetCached = "{ staff(first: 10) { nodes { lastName } } }";
        await gateway.PostQueryAsync(NotYetCached);
        await using var replica = await CachingGateway.StartAsync(redis.Endpoint, casaviOf: gateway);
        var shared = await replica.PostQueryAsync(NotYetCached);

        Assert.Equal("Healthy", (await gateway.GetReadyAsync()).GetProperty("status").GetString());
        Assert.True(UpstreamCost.From(shared).CacheHits > 0, UpstreamCost.From(shared).ToString());
    }

    [Fact]
    public async Task A_new_replica_reads_the_lists_another_one_measured_in_one_round_each()
    {
        // With casavi-like latency, so pages requested together overlap and count as one wave.
        await using var first = await CachingGateway.StartAsync(RedisServer.Shared, latencyMilliseconds: 30);
        await first.PostQueryAsync(Nested);
        await StoredAsync(RedisServer.Shared, first.Account);
        var removed = await RemoveEntriesAsync(RedisServer.Shared, first.Account, except: "shape:");
        await using var informed = await CachingGateway.StartAsync(RedisServer.Shared, casaviOf: first);
        await using var blind = await CachingGateway.StartAsync(RedisServer.Shared, latencyMilliseconds: 30);

        var withShapes = UpstreamCost.From(await informed.PostQueryAsync(Nested));
        var without = UpstreamCost.From(await blind.PostQueryAsync(Nested));

        Assert.True(removed >= 3, $"{removed} entries removed");
        // Each list is asked for all its pages at once (the client's concurrency cap may still split a round),
        // and no page past the end is probed.
        var report = $"with the shapes {withShapes}; without {without}";
        Assert.True(2 * withShapes.Waves < without.Waves, report);
        Assert.True(withShapes.Count("GET /v2/contacts") < without.Count("GET /v2/contacts"), report);
    }

    /// <summary>Waits until the nested query's entries are in Redis: a replica stores them in the background.</summary>
    private static async Task StoredAsync(string redis, string account)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis);
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        string[] expected = ["list:units", "list:contacts", "page:properties", "shape:units", "shape:contacts"];
        await Eventually.HoldsAsync(async () =>
        {
            var keys = new List<string>();
            await foreach (var key in server.KeysAsync(pattern: $"*{account}*"))
                keys.Add(key.ToString());
            return expected.All(part => keys.Exists(key => key.Contains(part, StringComparison.Ordinal)));
        });
    }

    /// <summary>Deletes the entries of <paramref name="account"/> except those whose key holds <paramref name="except"/>.</summary>
    private static async Task<int> RemoveEntriesAsync(string redis, string account, string except)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis);
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        var removed = 0;
        await foreach (var key in server.KeysAsync(pattern: $"*{account}*"))
        {
            if (!key.ToString().Contains(except, StringComparison.Ordinal) && await connection.GetDatabase().KeyDeleteAsync(key))
                removed++;
        }

        return removed;
    }

    /// <summary>Overwrites the payload of every entry of <paramref name="account"/> with bytes no reader understands.</summary>
    private static async Task<int> CorruptEntriesAsync(string redis, string account)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis);
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        var database = connection.GetDatabase();
        var corrupted = 0;
        await foreach (var key in server.KeysAsync(pattern: $"*{account}*"))
        {
            // The Redis cache keeps an entry as a hash whose "data" field holds HybridCache's bytes.
            if (await database.KeyTypeAsync(key) == RedisType.Hash && await database.HashExistsAsync(key, "data"))
            {
                await database.HashSetAsync(key, "data", new byte[] { 0x7B, 0x00, 0xFF, 0x13 });
                corrupted++;
            }
        }

        return corrupted;
    }
}
