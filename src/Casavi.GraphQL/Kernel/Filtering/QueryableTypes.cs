using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Filtering;

/// <summary>The item types with <see cref="QueryableFields{T}"/> declared in this assembly, found once by reflection.</summary>
public static class QueryableTypes
{
    private const string Where = "where";
    private const string Order = "order";

    private static readonly Lazy<Dictionary<Type, Type>> Declarations = new(() => typeof(QueryableTypes).Assembly.GetTypes()
        .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false } && ItemTypeOf(type) is not null)
        .ToDictionary(type => ItemTypeOf(type)!, type => type));

    /// <summary>Each declaration as the service <c>QueryableFields&lt;T&gt;</c> it provides.</summary>
    public static IEnumerable<(Type Service, Type Implementation)> Registrations =>
        Declarations.Value.Select(pair => (typeof(QueryableFields<>).MakeGenericType(pair.Key), pair.Value));

    public static bool Has<T>() => Declarations.Value.ContainsKey(typeof(T));

    /// <summary>Adds <c>where</c> and <c>order</c> to a list field of <typeparamref name="T"/> items, when <typeparamref name="T"/> has declarations.</summary>
    public static FieldBuilder<TSource, TReturn> Queryable<TSource, TReturn, T>(this FieldBuilder<TSource, TReturn> field)
    {
        if (!Has<T>())
            return field;
        return field
            .Argument<FilterInputGraphType<T>>(Where, "Only the items that meet these conditions. Conditions casavi can apply itself are passed on to it; the rest are checked by the gateway on the whole list.")
            .Argument<ListGraphType<NonNullGraphType<SortInputGraphType<T>>>>(Order, "Sort keys, applied in the order given; ties are broken by the reference ID. Sorting reads the whole list.");
    }

    internal static IDictionary<string, object?>? WhereOf(IResolveFieldContext context) =>
        context.Arguments?.ContainsKey(Where) == true ? context.GetArgument<Dictionary<string, object?>?>(Where) : null;

    internal static IEnumerable<object?>? OrderOf(IResolveFieldContext context) =>
        context.Arguments?.ContainsKey(Order) == true ? context.GetArgument<List<object?>?>(Order) : null;

    private static Type? ItemTypeOf(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(QueryableFields<>))
                return current.GetGenericArguments()[0];
        }

        return null;
    }
}
