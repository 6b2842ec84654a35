using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Filtering;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Resources;

/// <summary>Fields that follow a reference ID to its entity through the resource's loader (batched per query level).</summary>
public static class ReferenceFieldExtensions
{
    /// <summary>The entity <paramref name="id"/> names; null when the ID is null or the entity does not exist.</summary>
    public static FieldBuilder<TSource, object> ReferenceField<TSource, TGraphType, TValue>(
        this ObjectGraphType<TSource> type, string name, Func<TSource, string?> id)
        where TGraphType : IGraphType
        where TValue : class =>
        type.Field<TGraphType>(name)
            .ReachesResource<TSource, object, TValue>()
            .Resolve(context => id(context.Source) is { } key ? context.Service<ResourceLoader<TValue>>().LoadAsync(key) : null);

    /// <summary>
    /// The entities <paramref name="ids"/> names, in that order (entities that do not exist are left out), with <c>where</c> and
    /// <c>order</c> when <typeparamref name="TValue"/> declares them; null when casavi could not be read.
    /// </summary>
    public static FieldBuilder<TSource, object> ReferencesField<TSource, TGraphType, TValue>(
        this ObjectGraphType<TSource> type, string name, Func<TSource, IEnumerable<string>> ids)
        where TGraphType : IGraphType
        where TValue : class =>
        type.Field<ListGraphType<NonNullGraphType<TGraphType>>>(name)
            .ReachesResource<TSource, object, TValue>()
            .ResolveQueryableList<TSource, TValue>(context => context.Service<ResourceLoader<TValue>>().LoadManyAsync(ids(context.Source)).Then(values => values.OfType<TValue>().ToList()));
}
