using GraphQL.Types;
using GraphQL.Types.Relay;

namespace Casavi.GraphQL.Kernel.Paging;

/// <summary>A Relay connection named after its node type (<c>UnitConnection</c>), with <c>nodes</c> as a shortcut for <c>edges.node</c>.</summary>
public sealed class ConnectionGraphType<TNodeType> : ObjectGraphType<object>
    where TNodeType : IGraphType
{
    public ConnectionGraphType()
    {
        var nodeName = GraphTypeNames.Of<TNodeType>();
        Name = $"{nodeName}Connection";
        Description = $"A page of {nodeName} items with cursors to continue from.";

        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Where this page sits in the whole list.")
            .Resolve(context => ((IConnection)context.Source!).PageInfo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType>>>>>("edges")
            .Description("The items of this page, each with its cursor.")
            .Resolve(context => ((IConnection)context.Source!).Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The items of this page, without cursors.")
            .Resolve(context => ((IConnection)context.Source!).Nodes);
        Field<IntGraphType>("totalCount")
            .Description("The number of items in the whole list. Over a casavi list this walks every page, so select it only when needed.")
            .Resolve(context => ((IConnection)context.Source!).TotalCount);
    }
}
