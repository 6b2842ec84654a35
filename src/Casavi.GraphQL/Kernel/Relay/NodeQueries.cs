using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Errors;
using Casavi.GraphQL.Kernel.Fields;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Relay;

/// <summary>The Relay entry points <c>node(id:)</c> and <c>nodes(ids:)</c>.</summary>
public sealed class NodeQueries(IEnumerable<INodeSource> sources) : IQueryFields
{
    private readonly Dictionary<string, INodeSource> byTypeName = sources.ToDictionary(source => source.TypeName, StringComparer.Ordinal);

    public void AddTo(ObjectGraphType query)
    {
        var node = query.Field<NodeInterface>("node")
            .Description("Fetches any object by its global ID. Null with a NOT_FOUND error when it does not exist.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global ID from an object's `id` field.")
            .Resolve(context => Load(context, context.GetArgument<string>("id")));

        var nodes = query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Fetches several objects by global ID, in the order given; missing ones are null.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global IDs from objects' `id` fields.")
            .Resolve(context => context.GetArgument<List<string>>("ids").Select(id => Load(context, id)).ToList());
        foreach (var source in byTypeName.Values)
        {
            FieldReach.Add(node.FieldType, source.Reach);
            FieldReach.Add(nodes.FieldType, source.Reach);
        }
    }

    private IDataLoaderResult<object?> Load(IResolveFieldContext context, string id)
    {
        if (!GlobalId.TryDecode(id, out var typeName, out var key) || !byTypeName.TryGetValue(typeName, out var source))
            throw GraphQLErrors.BadUserInput($"'{id}' is not a global ID of this API.");

        return source.Load(context, key).Then(node => (object?)(node ?? throw GraphQLErrors.NotFound(typeName, key)));
    }
}
