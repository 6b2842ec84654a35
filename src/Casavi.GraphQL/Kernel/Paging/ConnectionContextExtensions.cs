using Casavi.GraphQL.Kernel.Caching;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Fields;
using GraphQL;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Kernel.Paging;

public static class ConnectionContextExtensions
{
    /// <summary>Resolves a connection field over <paramref name="list"/> with the field's <c>first</c>/<c>after</c>; each item read goes to <paramref name="seen"/> (to prime loaders).</summary>
    public static Task<ConnectionResult<T>> ResolveListAsync<T>(this IResolveFieldContext context, CasaviList<T> list, Action<T>? seen = null) =>
        CasaviListConnection.BuildAsync(list, PageRequest.From(context), PageRequest.WantsTotalCount(context), context.Pager(), context.Service<CursorSigner>(), seen, context.CancellationToken, context.Service<RequestPages>(), context.Service<CasaviCache>(), context.Service<IOptions<BatchingOptions>>().Value.ParallelPages);
}
