using GraphQL.DataLoader;

namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>IDs in a mutation input that must name existing entities; made by <see cref="EntityKind{TEntity}.Reference"/>.</summary>
public sealed class Reference
{
    private readonly string entityType;
    private readonly string field;
    private readonly IReadOnlyList<string> ids;
    private readonly bool isList;
    private readonly Func<IServiceProvider, IDataLoaderResult<IReadOnlyList<bool>>> exist;

    internal Reference(string entityType, string field, IReadOnlyList<string> ids, bool isList, Func<IServiceProvider, IDataLoaderResult<IReadOnlyList<bool>>> exist)
    {
        this.entityType = entityType;
        this.field = field;
        this.ids = ids;
        this.isList = isList;
        this.exist = exist;
    }

    /// <summary>Queues the IDs on the request's loader; nothing is fetched until the result is awaited.</summary>
    internal IDataLoaderResult<IReadOnlyList<bool>> Queue(IServiceProvider services) => exist(services);

    /// <summary>A <see cref="NotFoundError"/> at its own path for each ID that <paramref name="exists"/> says is missing.</summary>
    internal IEnumerable<NotFoundError> Missing(IReadOnlyList<bool> exists, InputValidator check) =>
        ids.Select((id, index) => (id, index))
            .Where(item => !exists[item.index])
            .Select(item => NotFoundError.Of(entityType, item.id, check.PathOf(field, isList ? item.index : null)));
}
