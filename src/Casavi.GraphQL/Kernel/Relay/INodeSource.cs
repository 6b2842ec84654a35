using Casavi.GraphQL.Kernel.Fields;
using GraphQL;
using GraphQL.DataLoader;

namespace Casavi.GraphQL.Kernel.Relay;

/// <summary>
/// Resolves the global IDs of one graph type: each feature that has a node type registers one.
/// Resolution goes through the feature's loaders, so <c>nodes(ids:)</c> batches.
/// </summary>
public interface INodeSource
{
    /// <summary>The GraphQL type name written into the global ID.</summary>
    string TypeName { get; }

    /// <summary>The graph type class, registered with the schema so <c>node(id:)</c> can return it.</summary>
    Type GraphType { get; }

    /// <summary>What loading a node reaches in casavi (for the endpoint map).</summary>
    FieldReach Reach { get; }

    IDataLoaderResult<object?> Load(IResolveFieldContext context, string key);
}
