using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Kernel.Filtering;

/// <summary>
/// Plain list fields (not connections) with <c>where</c> and <c>order</c>: the field's own resolver gives the
/// whole list, now or deferred, and its query is applied to it and reported in <c>extensions.casavi.filtering</c>.
/// </summary>
public static class QueryableLists
{
    /// <summary>Adds <c>where</c> and <c>order</c> and resolves the field with <paramref name="items"/> filtered and sorted by them.</summary>
    /// <param name="items">The whole list: a list of <typeparamref name="T"/> (nulls are left out when filtering), or a deferred result that ends in one.</param>
    public static FieldBuilder<TSource, object> ResolveQueryableList<TSource, T>(this FieldBuilder<TSource, object> field, Func<IResolveFieldContext<TSource>, object?> items) =>
        field.Queryable<TSource, object, T>().Resolve(context => Apply<T>(context, items(context)));

    /// <summary>As <see cref="ResolveQueryableList{TSource,T}"/>, for a list that is read first.</summary>
    public static FieldBuilder<TSource, object> ResolveQueryableListAsync<TSource, T>(
        this FieldBuilder<TSource, object> field, Func<IResolveFieldContext<TSource>, Task<IReadOnlyList<T>>> items) =>
        field.Queryable<TSource, object, T>().ResolveAsync(async context => Apply<T>(context, await items(context)));

    private static object? Apply<T>(IResolveFieldContext context, object? resolved) =>
        resolved is not null && ListQuery.From<T>(context) is { } query ? Filter(context, query, resolved) : resolved;

    private static object? Filter<T>(IResolveFieldContext context, ListQuery<T> query, object? resolved)
    {
        if (resolved is null)
            return null;
        if (resolved is IDataLoaderResult deferred)
            return new FilteredResult(deferred, value => Filter(context, query, value));
        var list = resolved as IReadOnlyList<T?> ?? throw new InvalidOperationException($"'{context.FieldDefinition.Name}' resolved to {resolved.GetType().Name}, not a list of {typeof(T).Name}.");
        // An entry that no longer exists (a null in a list of references) meets no condition.
        IReadOnlyList<T> items = [.. list.OfType<T>()];
        var matching = query.Apply(items);
        context.RequestServices!.GetRequiredService<FilteringReport>().Add(context.Path, [], items.Count, matching.Count);
        return matching;
    }

    /// <summary>A deferred list, filtered once it is there; a further deferred result it gives is filtered in its turn.</summary>
    private sealed class FilteredResult(IDataLoaderResult source, Func<object?, object?> filter) : IDataLoaderResult<object?>
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
            filter(await source.GetResultAsync(cancellationToken));
    }
}
