using Casavi.GraphQL.Composition;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Transport.PersistedQueries;

/// <summary>
/// Documents registered through automatic persisted queries, in HybridCache: in-process and, when Redis is
/// configured, shared by every replica. A document is only text, so the entries belong to no casavi account;
/// they do not depend on <c>Cache:Ttl</c> either.
/// </summary>
internal sealed class PersistedQueryStore(HybridCache cache, IOptions<GatewayOptions> options)
{
    // Versioned like the read cache's keys, which start with their own version and the account instead.
    private const string KeyPrefix = "persisted-query:v1:";

    private static readonly HybridCacheEntryOptions LookupOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableUnderlyingData | HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    public ValueTask<string?> FindAsync(string hash, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync<string?>(KeyPrefix + hash, _ => ValueTask.FromResult<string?>(null), LookupOnly, null, cancellationToken);

    public ValueTask StoreAsync(string hash, string document, CancellationToken cancellationToken)
    {
        var expiration = options.Value.PersistedQueries.Expiration;
        var entry = new HybridCacheEntryOptions { Expiration = expiration, LocalCacheExpiration = expiration };
        return cache.SetAsync(KeyPrefix + hash, document, entry, null, cancellationToken);
    }
}
