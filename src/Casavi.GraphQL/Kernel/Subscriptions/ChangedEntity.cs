using Casavi.Client;

namespace Casavi.GraphQL.Kernel.Subscriptions;

/// <summary>One event of a subscription's stream: the entity read again in <paramref name="Account"/>, or why it could not be read.</summary>
public sealed record ChangedEntity(CasaviAccount Account, object? Entity, Exception? Failure);
