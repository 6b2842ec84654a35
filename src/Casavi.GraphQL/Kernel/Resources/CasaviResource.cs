using System.Linq.Expressions;
using Casavi.Contract;
using Casavi.GraphQL.Kernel.Caching;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Relay;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Resources;

/// <summary>
/// The description of one casavi resource, the only place a feature states how casavi serves it:
/// its by-id call and its list call on <typeparamref name="TApi"/>, its graph type and node name,
/// and which root fields it gets. The loader (<see cref="ResourceLoader{TValue}"/>), the node source,
/// <c>x(id:)</c>, the root connection, cache priming and cursor scopes all come from here.
/// </summary>
public abstract class CasaviResource<TValue, TGraphType, TApi> : ICasaviResource<TValue>, INodeSource, IQueryFields
    where TValue : class
    where TGraphType : IGraphType
    where TApi : notnull
{
    private readonly Func<TValue, string> key;
    private readonly Func<TApi, string, CancellationToken, Task<TValue>>? getById;
    private readonly Func<TApi, CancellationToken, Task<Page<TValue>>>? firstPage;

    /// <param name="nodeName">The GraphQL type name, written into global IDs.</param>
    /// <param name="key">The reference ID of an entity.</param>
    /// <param name="byId">casavi's by-id call, e.g. <c>(api, id, token) => api.GetAsync(id, token)</c>; null when casavi has none.</param>
    /// <param name="list">casavi's list call, unfiltered, e.g. <c>(api, token) => api.ListAsync(cancellationToken: token)</c>; null when casavi has none.</param>
    protected CasaviResource(
        string nodeName,
        Func<TValue, string> key,
        Expression<Func<TApi, string, CancellationToken, Task<TValue>>>? byId,
        Expression<Func<TApi, CancellationToken, Task<Page<TValue>>>>? list)
    {
        NodeName = nodeName;
        this.key = key;
        getById = byId?.Compile();
        firstPage = list?.Compile();
        ByIdEndpoint = byId is null ? null : CasaviEndpoint.Of(byId);
        ListEndpoint = list is null ? null : CasaviEndpoint.Of(list);
        ListName = ListEndpoint is null ? nodeName : ListScope.NameOf(ListEndpoint);
    }

    public string NodeName { get; }

    /// <summary>The name of the list in cursors and page-count hints, from its path (e.g. "tickets/types").</summary>
    public string ListName { get; }

    public string? ByIdEndpoint { get; }

    public string? ListEndpoint { get; }

    public bool HasById => getById is not null;

    public bool ByIdRouteIsAssumed { get; protected init; }

    public bool HasList => firstPage is not null;

    string INodeSource.TypeName => NodeName;

    Type INodeSource.GraphType => typeof(TGraphType);

    FieldReach INodeSource.Reach => new(null, typeof(TValue));

    /// <summary>Words for messages and descriptions: "ImportJob" → "Import job".</summary>
    public string EntityName => NodeNames.ToWords(NodeName);

    /// <summary>The root field <c>name(id:)</c> by reference ID; null for none.</summary>
    protected string? ByIdField { get; init; }

    /// <summary>The root connection over the list; null for none.</summary>
    protected IRootList<TValue>? RootList { get; init; }

    /// <summary>
    /// casavi's list call filtered by <c>modifiedAfter</c>, e.g. <c>(api, since, token) => api.ListAsync(since, token)</c>:
    /// a cached list is then refreshed by its changes instead of read whole. Null when casavi has no such filter.
    /// </summary>
    protected Func<TApi, DateTimeOffset, CancellationToken, Task<Page<TValue>>>? ChangedSince { get; init; }

    public string KeyOf(TValue value) => key(value);

    public Task<TValue> GetByIdAsync(IServiceProvider services, string id, CancellationToken cancellationToken) =>
        (getById ?? throw new InvalidOperationException($"casavi serves no {EntityName} by id."))(services.GetRequiredService<TApi>(), id, cancellationToken);

    public IAsyncEnumerable<TValue> WalkAsync(IServiceProvider services, ListScanner scanner, WalkDemand demand, CancellationToken cancellationToken)
    {
        var read = firstPage ?? throw new InvalidOperationException($"casavi serves no list of {EntityName}.");
        var api = services.GetRequiredService<TApi>();
        return scanner.ScanAsync(ListName, token => read(api, token), demand, cancellationToken);
    }

    public WholeList<TValue> WholeList(IServiceProvider services)
    {
        var read = firstPage ?? throw new InvalidOperationException($"casavi serves no list of {EntityName}.");
        var api = services.GetRequiredService<TApi>();
        var changedSince = ChangedSince;
        return new WholeList<TValue>(
            ListName, token => read(api, token), changedSince is null ? null : (since, token) => changedSince(api, since, token), key);
    }

    public Task RefreshCachedListAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        HasList ? services.GetRequiredService<ListCache>().RefreshIfExpiredAsync(WholeList(services), cancellationToken) : Task.CompletedTask;

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, string key)
    {
        ReferenceIds.Require(key);
        return context.Service<ResourceLoader<TValue>>().LoadAsync(key).Then(value => (object?)value);
    }

    public void AddTo(ObjectGraphType query)
    {
        if (ByIdField is { } name)
            AddByIdField(query, name);
        RootList?.AddTo<TGraphType>(query);
    }

    private void AddByIdField(ObjectGraphType query, string name)
    {
        var entity = EntityName.ToLowerInvariant();
        query.Field<TGraphType>(name)
            .ReachesResource<object?, object, TValue>()
            .Description($"{NodeNames.Article(entity)} {entity} by its global `id` or its casavi `referenceId`. Null with a NOT_FOUND error when it does not exist.")
            .ObjectKeyArguments(NodeName, entity)
            .Resolve(context =>
            {
                var key = GlobalIdArguments.KeyOf(context, NodeName, entity);
                return context.Service<ResourceLoader<TValue>>().LoadAsync(key).Then(value => value ?? throw Errors.GraphQLErrors.NotFound(EntityName, key));
            });
    }
}
