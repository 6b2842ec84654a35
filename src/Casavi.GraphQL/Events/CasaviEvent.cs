using Casavi.Client;

namespace Casavi.GraphQL.Events;

/// <summary>What the gateway takes from a received event: in which account which entity changed how; nothing else of the payload is trusted.</summary>
public sealed record CasaviEvent(CasaviAccount Account, string Name, string EntityId);
