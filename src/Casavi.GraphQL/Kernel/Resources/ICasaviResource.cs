using Casavi.GraphQL.Kernel.Caching;
using Casavi.GraphQL.Kernel.DataLoading;

namespace Casavi.GraphQL.Kernel.Resources;

/// <summary>
/// What the gateway knows about one casavi resource of <typeparamref name="TValue"/>: its key, how
/// casavi serves it (by id, as a list, or both) and under which node name. The generic
/// <see cref="ResourceLoader{TValue}"/>, the node source and the root fields are built from it.
/// </summary>
public interface ICasaviResource<TValue> : ICasaviResource
    where TValue : class
{
    /// <summary>The list's name in cursors and page-count hints, from its path (e.g. "tickets/types").</summary>
    string ListName { get; }

    /// <summary>The resource's reference ID.</summary>
    string KeyOf(TValue value);

    /// <summary>Whether casavi serves one entity by id.</summary>
    bool HasById { get; }

    /// <summary>Words for messages: "Import job".</summary>
    string EntityName { get; }

    /// <summary>Whether casavi serves the whole list.</summary>
    bool HasList { get; }

    /// <summary>One entity by id; casavi's 404 surfaces as <c>CasaviNotFoundException</c>.</summary>
    Task<TValue> GetByIdAsync(IServiceProvider services, string id, CancellationToken cancellationToken);

    /// <summary>
    /// The whole, unfiltered list, page by page, under the list's own scope (its page-count hints are
    /// shared); <paramref name="demand"/> says whether the reader may stop early.
    /// </summary>
    IAsyncEnumerable<TValue> WalkAsync(IServiceProvider services, ListScanner scanner, WalkDemand demand, CancellationToken cancellationToken);

    /// <summary>The whole, unfiltered list as the list cache reads it (refreshed by <c>modifiedAfter</c> where casavi offers it).</summary>
    WholeList<TValue> WholeList(IServiceProvider services);
}

/// <summary>A resource's names and endpoints, whatever its entity type.</summary>
public interface ICasaviResource
{
    /// <summary>The GraphQL type name, also written into global IDs (e.g. "Property").</summary>
    string NodeName { get; }

    /// <summary>casavi's by-id endpoint, e.g. "GET /v2/units/{unitId}"; null when casavi has none.</summary>
    string? ByIdEndpoint { get; }

    /// <summary>
    /// Whether the by-id route is assumed rather than stated by casavi's reference (<c>x-assumed</c> in
    /// the contract): its 404 may then mean that the route, not the entity, is missing.
    /// </summary>
    bool ByIdRouteIsAssumed { get; }

    /// <summary>casavi's list endpoint, e.g. "GET /v2/units"; null when casavi has none.</summary>
    string? ListEndpoint { get; }

    /// <summary>Brings the cached whole list up to date when its TTL has ended (see <see cref="ListCache"/>); nothing otherwise.</summary>
    Task RefreshCachedListAsync(IServiceProvider services, CancellationToken cancellationToken);
}
