using Casavi.Client;
using Casavi.GraphQL.Kernel.Caching;

namespace Casavi.GraphQL.Kernel.Subscriptions;

/// <summary>
/// A change casavi reported, as it travels between replicas: the account by name and by its cache
/// partition (<see cref="CacheAccount"/>: base URL and key, hashed), the event under the contract's name
/// (whatever name casavi was configured to send) and the entity's reference ID. Nothing else of casavi's
/// payload is kept: subscribers get the entity as read again, not as reported.
/// </summary>
public sealed record EntityChange(string Account, string Partition, string Event, string EntityId)
{
    public static EntityChange Of(CasaviAccount account, string @event, string entityId) =>
        new(account.Name, PartitionOf(account), @event, entityId);

    /// <summary>Whether the change is of this very casavi account: gateways of other casavi accounts may share the Redis and an account name.</summary>
    public bool Concerns(CasaviAccount account) =>
        string.Equals(account.Name, Account, StringComparison.Ordinal) && string.Equals(PartitionOf(account), Partition, StringComparison.Ordinal);

    private static string PartitionOf(CasaviAccount account) => CacheAccount.IdOf(account.Options.BaseUrl, account.Options.Key);
}
