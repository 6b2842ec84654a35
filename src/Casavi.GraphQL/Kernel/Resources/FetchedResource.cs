using System.Linq.Expressions;
using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Resources;

/// <summary>
/// A resource casavi serves only one by one (documents, import jobs, subcommunities): every key is a
/// request of its own, in parallel per batch, and the root field <paramref name="byIdField"/> fetches one.
/// </summary>
public abstract class FetchedResource<TValue, TGraphType, TApi> : CasaviResource<TValue, TGraphType, TApi>
    where TValue : class
    where TGraphType : IGraphType
    where TApi : notnull
{
    protected FetchedResource(string nodeName, Func<TValue, string> key, Expression<Func<TApi, string, CancellationToken, Task<TValue>>> byId, string byIdField)
        : base(nodeName, key, byId, null) =>
        ByIdField = byIdField;
}
