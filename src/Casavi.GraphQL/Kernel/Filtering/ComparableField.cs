namespace Casavi.GraphQL.Kernel.Filtering;

/// <summary>A number or moment: <c>eq</c>, <c>neq</c>, <c>in</c>, <c>nin</c>, <c>gt</c>, <c>gte</c>, <c>lt</c>, <c>lte</c> and the negations of the four comparisons.</summary>
public sealed class ComparableField<T, TValue>(string name, string description, Func<T, TValue?> value, Type operationType)
    : ValueField<T, TValue?>(name, description, value)
    where TValue : struct, IComparable<TValue>
{
    public override Type OperationType => operationType;

    public override int Compare(T x, T y, bool descending) => NullsLast(ValueOf(x), ValueOf(y), descending);

    protected override Func<TValue?, bool> Test(string operation, object? operand)
    {
        var bound = Operand(operand);
        return operation switch
        {
            "eq" => current => Nullable.Equals(current, bound),
            "neq" => current => !Nullable.Equals(current, bound),
            "in" => In(operand),
            "nin" => current => !In(operand)(current),
            "gt" => current => Compared(current, bound) > 0,
            "ngt" => current => !(Compared(current, bound) > 0),
            "gte" => current => Compared(current, bound) >= 0,
            "ngte" => current => !(Compared(current, bound) >= 0),
            "lt" => current => Compared(current, bound) < 0,
            "nlt" => current => !(Compared(current, bound) < 0),
            "lte" => current => Compared(current, bound) <= 0,
            "nlte" => current => !(Compared(current, bound) <= 0),
            _ => throw UnknownOperation(operation),
        };
    }

    /// <summary>Null when either side is null: a null value is neither greater nor smaller than anything.</summary>
    private static int? Compared(TValue? current, TValue? bound) =>
        current is { } a && bound is { } b ? a.CompareTo(b) : null;

    private static Func<TValue?, bool> In(object? operand)
    {
        var values = (operand as IEnumerable<object?> ?? []).Select(Operand).OfType<TValue>().ToHashSet();
        return current => current is { } found && values.Contains(found);
    }

    /// <summary>GraphQL.NET hands numbers over as the scalar's CLR type: widened or narrowed to <typeparamref name="TValue"/>.</summary>
    private static TValue? Operand(object? operand) => operand switch
    {
        null => null,
        TValue exact => exact,
        DateTime moment when typeof(TValue) == typeof(DateTimeOffset) => (TValue)(object)new DateTimeOffset(moment),
        IConvertible number => (TValue)Convert.ChangeType(number, typeof(TValue), System.Globalization.CultureInfo.InvariantCulture),
        _ => throw Errors.GraphQLErrors.BadUserInput($"'{operand}' cannot be compared here."),
    };
}
