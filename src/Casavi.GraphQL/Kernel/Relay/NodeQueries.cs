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
    /// <summary>The most IDs one <c>nodes</c> call takes: each may cost a casavi request.</summary>
    public const int MaxIds = 100;

    private readonly Dictionary<string, INodeSource> byTypeName = sources.ToDictionary(source => source.TypeName, StringComparer.Ordinal);

    public void AddTo(ObjectGraphType query)
    {
        var node = query.Field<NodeInterface>("node")
            .Description("Fetches any object by its global ID. Null with a NOT_FOUND error when it does not exist.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global ID from an object's `id` field.")
            .Resolve(context => Load(context, context.GetArgument<string>("id")));

        var nodes = query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Fetches up to {MaxIds} objects by global ID, in the order given; missing or malformed ones are null with an error at their index.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global IDs from objects' `id` fields.")
            .Resolve(context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                    throw GraphQLErrors.BadUserInput($"nodes takes at most {MaxIds} IDs; it was given {ids.Count}. Split the list.");
                return ids.Select(id => LoadEntry(context, id)).ToList();
            });
        foreach (var source in byTypeName.Values)
        {
            FieldReach.Add(node.FieldType, source.Reach);
            FieldReach.Add(nodes.FieldType, source.Reach);
        }
    }

    /// <summary>One entry of <c>nodes</c>: a malformed ID fails only its own entry (null and an error at its index).</summary>
    private IDataLoaderResult<object?> LoadEntry(IResolveFieldContext context, string id)
    {
        try
        {
            return Load(context, id);
        }
        catch (ExecutionError refused)
        {
            return new FailedResult<object?>(refused);
        }
    }

    private IDataLoaderResult<object?> Load(IResolveFieldContext context, string id)
    {
        var (typeName, key) = GlobalIdArguments.Decode(context, id);
        if (!byTypeName.TryGetValue(typeName, out var source))
            throw GraphQLErrors.BadUserInput($"'{id}' is not a global ID of this API.");

        return source.Load(context, key).Then(node => (object?)(node ?? throw GraphQLErrors.NotFound(typeName, key)));
    }
}
