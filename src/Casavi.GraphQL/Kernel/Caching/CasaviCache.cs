using System.Diagnostics;
using Casavi.Client.Diagnostics;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Kernel.Caching;

/// <summary>
/// The cross-request cache of casavi reads, on <see cref="HybridCache"/> (in-process, plus Redis when
/// configured). Keys are partitioned by casavi account and format version; concurrent misses of one
/// key cost one read (HybridCache runs one factory per key); a read that fails is never stored.
/// Every read served from the cache counts as a cache hit of the current GraphQL request.
/// </summary>
public sealed class CasaviCache(HybridCache cache, CacheAccount account, IOptions<CacheOptions> options)
{
    // Part of every key: an entry written in another shape is then never read, only left to expire.
    private const string FormatVersion = "v1";

    private static readonly HybridCacheEntryOptions ReadOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableUnderlyingData | HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    public bool Enabled => options.Value.Enabled;

    /// <summary>How long a read is served from the cache.</summary>
    public TimeSpan Ttl => options.Value.Ttl;

    /// <summary>How long a list stays cached at most between whole reads.</summary>
    public TimeSpan FullRefresh => options.Value.FullRefresh;

    /// <summary>
    /// The cached value of <paramref name="key"/>, or what <paramref name="read"/> returns (then kept for <paramref name="expiration"/>).
    /// <paramref name="entity"/> is the casavi entity the value holds (an entity, a page or list of them), so a change of that kind drops it.
    /// </summary>
    public async ValueTask<T> GetOrReadAsync<T>(string key, Type? entity, Func<CancellationToken, Task<T>> read, TimeSpan expiration, CancellationToken cancellationToken)
    {
        var readUpstream = false;
        // HybridCache may run the read on a flow of its own: its casavi requests still belong to this GraphQL request.
        var calls = CasaviCallTracker.Current;
        var span = Activity.Current;
        var value = await cache.GetOrCreateAsync(
            Qualify(key),
            async token =>
            {
                readUpstream = true;
                using var counted = CasaviCallTracker.Continue(calls);
                Activity.Current = span;
                return await read(token);
            },
            Entry(expiration),
            TagsOf(entity),
            cancellationToken);
        if (!readUpstream)
            CasaviCallTracker.Current?.CacheHit();
        return value;
    }

    /// <summary>The cached value of <paramref name="key"/>, or null; never reads casavi. The caller says whether it served a read (<see cref="CountHit"/>).</summary>
    public ValueTask<T?> PeekAsync<T>(string key, CancellationToken cancellationToken)
        where T : class =>
        cache.GetOrCreateAsync<T?>(Qualify(key), _ => ValueTask.FromResult<T?>(null), ReadOnly, null, cancellationToken);

    /// <summary>Counts a read of the current GraphQL request that the cache answered.</summary>
    public static void CountHit() => CasaviCallTracker.Current?.CacheHit();

    public ValueTask SetAsync<T>(string key, Type? entity, T value, TimeSpan expiration, CancellationToken cancellationToken) =>
        cache.SetAsync(Qualify(key), value, Entry(expiration), TagsOf(entity), cancellationToken);

    /// <summary>
    /// Drops every entry of the account, here and (through Redis) in the other replicas: a write can
    /// change what several lists show (a new post in a property's posts, an import in every master-data list).
    /// </summary>
    public ValueTask InvalidateAccountAsync(CancellationToken cancellationToken) => cache.RemoveByTagAsync(account.Id, cancellationToken);

    /// <summary>
    /// Drops the account's entries tagged with one kind of entity (by id, pages and lists of them), here and (through
    /// Redis) in the other replicas: what casavi reports changed elsewhere; everything else stays cached.
    /// </summary>
    public ValueTask InvalidateEntityAsync(Type entity, CancellationToken cancellationToken) => cache.RemoveByTagAsync(EntityTag(entity), cancellationToken);

    private string[] TagsOf(Type? entity) => entity is null ? [account.Id] : [account.Id, EntityTag(entity)];

    private string EntityTag(Type entity) => $"{account.Id}:{entity.Name}";

    private string Qualify(string key) => $"{FormatVersion}:{account.Id}:{key}";

    /// <summary>
    /// With Redis, replicas keep their in-process copy no longer than the TTL, so they see what another
    /// replica refreshed; without it the in-process copy is the only one.
    /// </summary>
    private HybridCacheEntryOptions Entry(TimeSpan expiration) => new()
    {
        Expiration = expiration,
        LocalCacheExpiration = string.IsNullOrEmpty(options.Value.Redis) || expiration < Ttl ? expiration : Ttl,
    };
}
