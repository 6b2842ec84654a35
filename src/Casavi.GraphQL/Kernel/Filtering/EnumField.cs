namespace Casavi.GraphQL.Kernel.Filtering;

/// <summary>
/// An enum field: <c>eq</c>, <c>neq</c>, <c>in</c>, <c>nin</c>. It sorts in the order the enum declares its
/// values, which is casavi's (a ticket's OPEN before IN_PROGRESS before CLOSED), so "open first" is <c>ASC</c>.
/// </summary>
public sealed class EnumField<T, TEnum>(string name, string description, Func<T, TEnum?> value) : ValueField<T, TEnum?>(name, description, value)
    where TEnum : struct, Enum
{
    public override Type OperationType => typeof(EnumOperationFilterInputGraphType<TEnum>);

    public override int Compare(T x, T y, bool descending) => NullsLast(Rank(ValueOf(x)), Rank(ValueOf(y)), descending);

    /// <summary>An enum's position as declared.</summary>
    private static long? Rank(TEnum? choice) => choice is { } declared ? Convert.ToInt64(declared, System.Globalization.CultureInfo.InvariantCulture) : null;

    protected override Func<TEnum?, bool> Test(string operation, object? operand)
    {
        var single = operand as TEnum?;
        var many = ListOf<TEnum>(operand).ToHashSet();
        return operation switch
        {
            "eq" => current => Nullable.Equals(current, single),
            "neq" => current => !Nullable.Equals(current, single),
            "in" => current => current is { } found && many.Contains(found),
            "nin" => current => !(current is { } found && many.Contains(found)),
            _ => throw UnknownOperation(operation),
        };
    }
}
