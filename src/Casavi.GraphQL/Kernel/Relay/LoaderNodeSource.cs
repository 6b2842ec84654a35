using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Fields;
using GraphQL;
using GraphQL.DataLoader;

namespace Casavi.GraphQL.Kernel.Relay;

/// <summary>A node source that resolves keys through the type's by-id loader.</summary>
public abstract class LoaderNodeSource<TGraphType, TLoader, TValue>(string typeName) : INodeSource
    where TLoader : BatchLoader<string, TValue>
{
    public string TypeName => typeName;

    public Type GraphType => typeof(TGraphType);

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, string key) =>
        context.Service<TLoader>().LoadAsync(key).Then(value => (object?)value);
}
