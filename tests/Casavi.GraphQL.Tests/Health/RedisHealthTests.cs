using System.Net;
using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Health;

/// <summary>With <c>Cache:Redis</c> set, readiness includes Redis, which can only degrade it: the gateway serves without it.</summary>
public sealed class RedisHealthTests
{
    [Fact]
    public async Task Ready_is_200_and_degraded_while_redis_is_unreachable_and_names_no_host()
    {
        var port = GatewayProcess.FreePort();
        await using var gateway = await StartAsync($"127.0.0.1:{port}");

        var (status, body) = await GetReadyAsync(gateway);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", body.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("casavi").GetProperty("status").GetString());
        var redis = body.GetProperty("checks").GetProperty("redis");
        Assert.Equal("Degraded", redis.GetProperty("status").GetString());
        var description = redis.GetProperty("description").GetString();
        Assert.StartsWith("Redis cache unavailable (", description, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", description, StringComparison.Ordinal);
        Assert.DoesNotContain($"{port}", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_is_healthy_with_a_running_redis()
    {
        await using var gateway = await StartAsync(RedisServer.Shared);

        var (status, body) = await GetReadyAsync(gateway);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
    }

    private static async Task<GatewayFixture> StartAsync(string redis)
    {
        var gateway = new GatewayFixture(new Dictionary<string, string?> { ["Cache:Redis"] = redis });
        await gateway.InitializeAsync();
        return gateway;
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetReadyAsync(GatewayFixture gateway)
    {
        using var client = gateway.CreateClient();
        using var response = await client.GetAsync("/health/ready");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, document.RootElement.Clone());
    }
}
