using Casavi.GraphQL.Kernel.DataLoading;
using GraphQL.DataLoader;

namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>
/// An entity mutations refer to or write, with the one way to the request's loader that serves it:
/// references are checked and written entities primed through the cache the payload's fields read.
/// </summary>
/// <param name="name">How user errors name it (NotFoundError.entityType), e.g. Property.</param>
public sealed class EntityKind<TEntity>(string name, Func<TEntity, string> keyOf, Func<IServiceProvider, BatchLoader<string, TEntity>> loaderOf)
    where TEntity : class
{
    public string Name => name;

    /// <summary>The ID given in <paramref name="field"/> must name an existing entity of this kind.</summary>
    public Reference Reference(string field, string id) => new(name, field, [id], isList: false, services => Exist(services, [id]));

    /// <summary>Every ID in the list <paramref name="field"/> must name an existing entity; a missing one is reported at its index.</summary>
    public Reference References(string field, IReadOnlyList<string> ids) => new(name, field, ids, isList: true, services => Exist(services, ids));

    /// <summary>Caches what casavi answered a write with, so the payload's fields need no request for it.</summary>
    internal void Prime(IServiceProvider services, TEntity entity) => loaderOf(services).Prime(keyOf(entity), entity);

    private IDataLoaderResult<IReadOnlyList<bool>> Exist(IServiceProvider services, IReadOnlyList<string> ids) =>
        loaderOf(services).LoadManyAsync(ids).Then(found => (IReadOnlyList<bool>)[.. found.Select(entity => entity is not null)]);
}
