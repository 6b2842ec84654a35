using Casavi.GraphQL.Kernel.Caching;
using StackExchange.Redis;

namespace Casavi.GraphQL.Hosting;

public static class GatewayCacheExtensions
{
    /// <summary>The "Cache" settings (checked at start) and Redis as HybridCache's second level when configured; the cache itself comes with the graph.</summary>
    public static WebApplicationBuilder AddGatewayCache(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(CacheOptions.SectionName);
        builder.Services.AddOptions<CacheOptions>()
            .Bind(section)
            .Validate(o => o.Ttl >= TimeSpan.Zero, "Cache:Ttl must not be negative (0 turns the cache off).")
            .Validate(o => o.FullRefresh > TimeSpan.Zero, "Cache:FullRefresh must be positive.")
            .Validate(o => o.FullRefresh >= o.Ttl, "Cache:FullRefresh must not be shorter than Cache:Ttl (a list is read whole at most that often).")
            .Validate(o => o.RedisTimeout > TimeSpan.Zero, "Cache:RedisTimeout must be positive.")
            .Validate(o => o.MaxEntryBytes > 0, "Cache:MaxEntryBytes must be a positive number of bytes.")
            .Validate(
                o => IsRedisConnectionString(o.Redis),
                "Cache:Redis must be a StackExchange.Redis connection string such as redis:6379 (host:port, then comma-separated options), or empty.")
            .ValidateOnStart();

        var options = Read(section);
        builder.Services.AddRedisSecondLevel(options);
        return builder;
    }

    /// <summary>
    /// The settings as far as they can be read now; a malformed value is reported by the start-up check
    /// with the setting's name, before anything registered here is used.
    /// </summary>
    private static CacheOptions Read(IConfigurationSection section)
    {
        try
        {
            return section.Get<CacheOptions>() ?? new CacheOptions();
        }
        catch (InvalidOperationException)
        {
            return new CacheOptions();
        }
    }

    private static bool IsRedisConnectionString(string? redis)
    {
        if (string.IsNullOrWhiteSpace(redis))
            return true;
        try
        {
            return ConfigurationOptions.Parse(redis).EndPoints.Count > 0;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
