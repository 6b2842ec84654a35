namespace Casavi.GraphQL.Kernel.Caching;

/// <summary>The cross-request cache of casavi reads (section "Cache").</summary>
public sealed class CacheOptions
{
    public const string SectionName = "Cache";

    /// <summary>
    /// StackExchange.Redis connection string of the second-level cache shared by replicas (e.g.
    /// "redis:6379"); empty keeps the cache in this process only.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>How long a read of casavi is served from the cache; zero turns the cache off.</summary>
    public TimeSpan Ttl { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often a cached list is read whole again; in between, an expired list that casavi can filter
    /// by <c>modifiedAfter</c> is refreshed with the items changed since it was read. Deletions show up
    /// only in a full read.
    /// </summary>
    public TimeSpan FullRefresh { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The longest a request waits for Redis before it goes on without it.</summary>
    public TimeSpan RedisTimeout { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Larger entries (a whole list of a large account) are not cached.</summary>
    public int MaxEntryBytes { get; set; } = 32 * 1024 * 1024;

    public bool Enabled => Ttl > TimeSpan.Zero;
}
