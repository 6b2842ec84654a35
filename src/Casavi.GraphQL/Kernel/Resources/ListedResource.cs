using System.Linq.Expressions;
using Casavi.Contract;
using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Resources;

/// <summary>
/// A resource casavi serves only as one unfiltered list (ticket types, staff, rest hooks…): entities
/// are found by walking it, and the root connection <paramref name="rootList"/> pages through it.
/// </summary>
public abstract class ListedResource<TValue, TGraphType, TApi> : CasaviResource<TValue, TGraphType, TApi>
    where TValue : class
    where TGraphType : IGraphType
    where TApi : notnull
{
    protected ListedResource(
        string nodeName, Func<TValue, string> key, Expression<Func<TApi, CancellationToken, Task<Page<TValue>>>> list, string rootList, string description)
        : base(nodeName, key, null, list)
    {
        var call = Expression.Lambda<Func<TApi, NoFilter, CancellationToken, Task<Page<TValue>>>>(
            list.Body, list.Parameters[0], Expression.Parameter(typeof(NoFilter), "filter"), list.Parameters[1]);
        RootList = new RootList<TValue, TApi, NoFilter>(rootList, description, call, _ => NoFilter.Instance);
    }
}
