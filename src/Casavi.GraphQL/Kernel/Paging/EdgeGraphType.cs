using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Paging;

public sealed class EdgeGraphType<TNodeType> : ObjectGraphType<object>
    where TNodeType : IGraphType
{
    public EdgeGraphType()
    {
        var nodeName = GraphTypeNames.Of<TNodeType>();
        Name = $"{nodeName}Edge";
        Description = $"One {nodeName} in a connection, with the cursor to continue after it.";

        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("Opaque position after this item; pass it as `after` to continue.")
            .Resolve(context => ((IEdge)context.Source!).Cursor);
        Field<NonNullGraphType<TNodeType>>("node")
            .Description($"The {nodeName}.")
            .Resolve(context => ((IEdge)context.Source!).Node);
    }
}
