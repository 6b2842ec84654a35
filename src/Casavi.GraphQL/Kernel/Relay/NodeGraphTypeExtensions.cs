using Casavi.GraphQL.Kernel.Fields;
using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Relay;

public static class NodeGraphTypeExtensions
{
    /// <summary>Makes the type a Node: a global <c>id</c> built from the type name and <paramref name="key"/>.</summary>
    public static void IsNode<TSource>(this ObjectGraphType<TSource> type, Func<TSource, string> key)
    {
        type.Interface<NodeInterface>();
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Global, opaque ID of this object (use it with `node(id:)`).")
            .Resolve(context => GlobalId.Encode(type.Name, key(context.Source), context.CasaviAccount()));
    }
}
