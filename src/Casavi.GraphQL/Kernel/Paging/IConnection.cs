using System.Collections;
using GraphQL.Types.Relay.DataObjects;

namespace Casavi.GraphQL.Kernel.Paging;

/// <summary>Non-generic view of a connection, so one graph type serves any node CLR type.</summary>
internal interface IConnection
{
    PageInfo PageInfo { get; }
    IEnumerable Edges { get; }
    IEnumerable Nodes { get; }
    int? TotalCount { get; }
}

internal interface IEdge
{
    string Cursor { get; }
    object? Node { get; }
}
