using Casavi.GraphQL.Kernel.Caching;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Filtering;
using Casavi.GraphQL.Kernel.Paging;
using GraphQL;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Kernel.Resources;

/// <summary>Connections over casavi lists and lists the gateway holds whole.</summary>
public static class ListConnections
{
    /// <summary>
    /// Resolves a connection field over <paramref name="list"/>; every item read primes <paramref name="loader"/>.
    /// Forward pages follow casavi's pages; with <c>where</c>, <c>order</c>, <c>last</c> or <c>before</c> the list
    /// is read whole (once per request, or from the cross-request cache) and filtered, sorted and paged here.
    /// </summary>
    /// <param name="pushedDown">The <c>where</c> fields <paramref name="list"/>'s parameters already apply, for the report.</param>
    public static async Task<ConnectionResult<T>> ResolveListAsync<T>(this IResolveFieldContext context, CasaviList<T> list, ResourceLoader<T> loader, IReadOnlyList<string>? pushedDown = null)
        where T : class
    {
        var request = PageRequest.From(context);
        var query = ListQuery.From<T>(context);
        if (query is null && !request.IsBackward)
        {
            return await CasaviListConnection.BuildAsync(
                list, request, PageRequest.WantsTotalCount(context), context.Pager(), context.Service<CursorSigner>(), loader.Prime, context.CancellationToken,
                context.Service<RequestPages>(), context.Service<CasaviCache>(), context.Service<IOptions<BatchingOptions>>().Value.ParallelPages);
        }

        // The unfiltered list is the resource's own: one cached copy for both, which casavi can bring up to date.
        var wholeList = list.Scope == loader.Resource.ListName
            ? loader.Resource.WholeList(context.RequestServices!)
            : new WholeList<T>(list.Scope, list.FirstPage, null, loader.Resource.KeyOf);
        var whole = await context.Service<ListCache>().ReadAsync(wholeList, context.CancellationToken);
        foreach (var item in whole.Items)
            loader.Prime(item);
        return context.PageWhole(whole.Items, query, request, WholeScope(list.Scope, query), pushedDown ?? []);
    }

    /// <summary>Filters and sorts a list held whole by <paramref name="query"/>, pages it, and reports what was scanned.</summary>
    public static ConnectionResult<T> PageWhole<T>(this IResolveFieldContext context, IReadOnlyList<T> items, ListQuery<T>? query, PageRequest request, string scope, IReadOnlyList<string> pushedDown)
    {
        var matching = query?.Apply(items) ?? items;
        if (query is not null)
            context.Service<FilteringReport>().Add(context.Path, pushedDown, items.Count, matching.Count);
        return InMemoryConnection.Create(matching, request, scope, context.Service<CursorSigner>());
    }

    /// <summary>The cursor scope of a list held whole: its query is part of it, so a cursor serves only the query that wrote it.</summary>
    public static string WholeScope<T>(string listScope, ListQuery<T>? query) => $"{listScope}#whole:{query?.Fingerprint}";
}
