using GraphQL.DataLoader;

namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>IDs in a mutation input that must name existing entities; made by <see cref="EntityKind{TEntity}"/>.</summary>
/// <param name="Exist">Queues the IDs on the request's loader; nothing is fetched until the result is awaited.</param>
internal sealed record Reference(string EntityType, string Field, IReadOnlyList<string> Ids, bool IsList, Func<IServiceProvider, IDataLoaderResult<IReadOnlyList<bool>>> Exist)
{
    /// <summary>A <see cref="NotFoundError"/> at its own path for each ID that <paramref name="exists"/> says is missing.</summary>
    public IEnumerable<NotFoundError> Missing(IReadOnlyList<bool> exists, InputValidator check) =>
        Ids.Select((id, index) => (id, index))
            .Where(item => !exists[item.index])
            .Select(item => NotFoundError.Of(EntityType, item.id, check.PathOf(Field, IsList ? item.index : null)));
}
