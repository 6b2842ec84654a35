namespace Casavi.GraphQL.Kernel.Subscriptions;

/// <summary>
/// A change casavi reported, as it travels between replicas: the account by name, the event under the
/// contract's name (whatever name casavi was configured to send) and the entity's reference ID. Nothing
/// else of casavi's payload is kept: subscribers get the entity as read again, not as reported.
/// </summary>
public sealed record EntityChange(string Account, string Event, string EntityId);
