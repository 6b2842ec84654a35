using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL.DataLoader;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>
/// An entity mutations refer to or write, with the one way to the request's loader that serves it:
/// references are checked and written entities primed through the cache the payload's fields read.
/// </summary>
/// <param name="name">How user errors name it (NotFoundError.entityType), e.g. Property.</param>
/// <param name="readById">One entity straight from casavi, past the loader's cache; casavi's 404 as <c>CasaviNotFoundException</c>.</param>
public sealed class EntityKind<TEntity>(
    string name,
    Func<TEntity, string> keyOf,
    Func<IServiceProvider, BatchLoader<string, TEntity>> loaderOf,
    Func<IServiceProvider, string, CancellationToken, Task<TEntity>> readById)
    where TEntity : class
{
    public string Name => name;

    /// <summary>The ID given in <paramref name="field"/> must name an existing entity of this kind.</summary>
    internal Reference Reference(string field, string id) => new(name, field, [id], IsList: false, services => Exist(services, [id]));

    /// <summary>Every ID in the list <paramref name="field"/> must name an existing entity; a missing one is reported at its index.</summary>
    internal Reference References(string field, IReadOnlyList<string> ids) => new(name, field, ids, IsList: true, services => Exist(services, ids));

    /// <summary>Reads one entity from casavi, not from the cache: after a lost answer it may have appeared since the cache looked.</summary>
    internal Task<TEntity> ReadAsync(IServiceProvider services, string id, CancellationToken cancellationToken) => readById(services, id, cancellationToken);

    /// <summary>Caches what casavi answered a write with, so the payload's fields need no request for it.</summary>
    internal void Prime(IServiceProvider services, TEntity entity) => loaderOf(services).Prime(keyOf(entity), entity);

    private IDataLoaderResult<IReadOnlyList<bool>> Exist(IServiceProvider services, IReadOnlyList<string> ids) =>
        loaderOf(services).LoadManyAsync(ids).Then(found => (IReadOnlyList<bool>)[.. found.Select(entity => entity is not null)]);
}

/// <summary>Entity kinds from resource descriptions, so a feature never restates a name, key or loader.</summary>
public static class EntityKind
{
    /// <summary>The kind <paramref name="resource"/> describes: its node name, key, loader and by-id read.</summary>
    public static EntityKind<TEntity> Of<TEntity>(ICasaviResource<TEntity> resource)
        where TEntity : class =>
        new(resource.NodeName, resource.KeyOf, services => services.GetRequiredService<ResourceLoader<TEntity>>(), resource.GetByIdAsync);
}
