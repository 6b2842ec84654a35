using System.Collections;
using GraphQL.Types.Relay.DataObjects;

namespace Casavi.GraphQL.Kernel.Paging;

/// <summary>One page of a connection as resolvers return it.</summary>
public sealed class ConnectionResult<T> : IConnection
{
    public required IReadOnlyList<EdgeResult<T>> Edges { get; init; }
    public required PageInfo PageInfo { get; init; }
    public int? TotalCount { get; init; }

    public IEnumerable<T> Nodes => Edges.Select(edge => edge.Node);

    IEnumerable IConnection.Edges => Edges;
    IEnumerable IConnection.Nodes => Nodes;

    /// <summary>The same page with each node replaced, e.g. ids by the entities they name.</summary>
    public ConnectionResult<TOut> Select<TOut>(IReadOnlyList<TOut> nodes) => new()
    {
        Edges = [.. Edges.Select((edge, i) => new EdgeResult<TOut>(edge.Cursor, nodes[i]))],
        PageInfo = PageInfo,
        TotalCount = TotalCount,
    };
}

public sealed record EdgeResult<T>(string Cursor, T Node) : IEdge
{
    object? IEdge.Node => Node;
}
