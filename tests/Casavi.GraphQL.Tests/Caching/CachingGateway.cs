using System.Net.Http.Json;
using System.Text.Json;
using Casavi.Client;
using Casavi.GraphQL.Kernel.Caching;
using Casavi.GraphQL.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Tests.Caching;

/// <summary>A gateway replica with the cache on and Redis as its second level, its logs captured.</summary>
internal sealed class CachingGateway : IAsyncDisposable
{
    private readonly GatewayFactory root;
    private readonly WebApplicationFactory<Program> factory;

    private CachingGateway(Dictionary<string, string?> settings)
    {
        root = new GatewayFactory(settings);
        factory = root.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddFakeLogging()));
    }

    public IServiceProvider Services => factory.Services;

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    /// <summary>The account partition of the cache this replica reads and writes.</summary>
    public string Account => Services.OfDefaultAccount<CacheAccount>().Id;

    /// <summary>Starts a replica on its own embedded sandbox, or on <paramref name="casaviOf"/>'s casavi (the same account).</summary>
    public static async Task<CachingGateway> StartAsync(string redis, CachingGateway? casaviOf = null, int latencyMilliseconds = 0)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Cache:Ttl"] = "00:05:00",
            ["Cache:Redis"] = redis,
            // What these tests check is sharing: a replica just started, on a machine busy with other tests,
            // can take longer than the 50 ms default to fetch a list of half a megabyte (then it is a miss).
            ["Cache:RedisTimeout"] = "00:00:01",
            ["Sandbox:LatencyMilliseconds"] = $"{latencyMilliseconds}",
        };
        if (casaviOf is not null)
        {
            var account = casaviOf.Services.GetRequiredService<IOptions<CasaviClientOptions>>().Value;
            settings["Casavi:BaseUrl"] = account.BaseUrl!.ToString();
            settings["Casavi:Key"] = account.Key;
            settings["Casavi:Secret"] = account.Secret;
        }

        var gateway = new CachingGateway(settings);
        _ = gateway.Services;
        // Redis is connected in the background after start; until then a replica serves without it.
        Assert.True(await gateway.WaitForRedisAsync(TimeSpan.FromSeconds(15)), "the replica never reached Redis");
        return gateway;
    }

    public async Task<bool> WaitForRedisAsync(TimeSpan patience)
    {
        var guard = Services.GetRequiredService<GuardedDistributedCache>();
        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline)
        {
            if (await guard.CheckAsync(default))
                return true;
            await Task.Delay(200);
        }

        return false;
    }

    public async Task<JsonElement> PostQueryAsync(string query)
    {
        using var client = factory.CreateClient();
        return await GatewayFixture.PostQueryAsync(client, query, variables: null, withCost: true);
    }

    public async Task<JsonElement> GetReadyAsync()
    {
        using var client = factory.CreateClient();
        return await client.GetFromJsonAsync<JsonElement>("/health/ready");
    }

    public async ValueTask DisposeAsync()
    {
        await factory.DisposeAsync();
        await root.DisposeAsync();
    }
}
