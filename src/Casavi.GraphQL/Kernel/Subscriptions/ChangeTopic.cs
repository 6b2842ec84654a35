using Casavi.GraphQL.Kernel.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Kernel.Subscriptions;

/// <summary>The events that announce a change of one kind of entity, and how the changed entity is read again.</summary>
public abstract class ChangeTopic(Type entityType, IReadOnlyCollection<string> events)
{
    public Type EntityType { get; } = entityType;

    public IReadOnlySet<string> Events { get; } = events.ToHashSet(StringComparer.Ordinal);

    /// <summary>The entity as casavi answers now, through the request's loaders (and so the cache); null when casavi no longer has it.</summary>
    public abstract Task<object?> ReadAsync(IServiceProvider services, string entityId, CancellationToken cancellationToken);
}

/// <summary>A topic of the casavi resource <typeparamref name="T"/>, read again by its <see cref="ResourceLoader{TValue}"/>.</summary>
public sealed class ChangeTopic<T>(params string[] events) : ChangeTopic(typeof(T), events)
    where T : class
{
    public override async Task<object?> ReadAsync(IServiceProvider services, string entityId, CancellationToken cancellationToken) =>
        await services.GetRequiredService<ResourceLoader<T>>().LoadAsync(entityId).GetResultAsync(cancellationToken);
}
