using GraphQL;

namespace Casavi.GraphQL.Kernel.Filtering;

/// <summary>
/// One field of <typeparamref name="T"/> that <c>where</c> can test and <c>order</c> can sort by, with the
/// operation input type its conditions are written in.
/// </summary>
public abstract class QueryableField<T>(string name, string description)
{
    public string Name { get; } = name;

    public string Description { get; } = description;

    /// <summary>The input type of this field's conditions (e.g. <see cref="StringOperationFilterInputGraphType"/>).</summary>
    public abstract Type OperationType { get; }

    /// <summary>Whether <c>order</c> offers this field.</summary>
    public virtual bool IsSortable => true;

    /// <summary>The test the conditions in <paramref name="operations"/> (operation name → operand) ask for; <paramref name="services"/> give nested declarations.</summary>
    public abstract Func<T, bool> Predicate(IDictionary<string, object?> operations, IServiceProvider services);

    /// <summary>Compares two items by this field; nulls come last whichever the direction.</summary>
    public abstract int Compare(T x, T y, bool descending);

    /// <summary>The operand of an operation that takes a list.</summary>
    protected static IReadOnlyList<TOperand?> ListOf<TOperand>(object? operand) =>
        operand is IEnumerable<object?> items ? [.. items.Select(item => item is null ? default : (TOperand)item)] : [];

    protected static ExecutionError UnknownOperation(string operation) =>
        Errors.GraphQLErrors.BadUserInput($"'{operation}' is not a filter operation.");

    /// <summary>Nulls last, else the values' order in the direction asked.</summary>
    protected static int NullsLast<TValue>(TValue? x, TValue? y, bool descending)
        where TValue : struct, IComparable<TValue> =>
        x is { } a ? (y is { } b ? (descending ? b.CompareTo(a) : a.CompareTo(b)) : -1) : (y is null ? 0 : 1);
}
