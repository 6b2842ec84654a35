namespace Casavi.GraphQL.Transport.Subscriptions;

/// <summary>The close codes of the graphql-transport-ws protocol, and the gateway's own for a client that reads too slowly.</summary>
internal static class GraphQLWsCloseCodes
{
    public const int BadRequest = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int InitTimeout = 4408;
    public const int DuplicateId = 4409;
    public const int TooManyInits = 4429;

    /// <summary>WebSocket's "policy violation" (1008): its messages were not read, so it was cut off.</summary>
    public const int TooSlow = 1008;
}
