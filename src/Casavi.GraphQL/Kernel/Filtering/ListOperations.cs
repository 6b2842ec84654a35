namespace Casavi.GraphQL.Kernel.Filtering;

/// <summary>The operations on a list inside an item: <c>some</c>, <c>all</c> or <c>none</c> of its entries match, or it has <c>any</c> entry.</summary>
internal static class ListOperations
{
    /// <param name="match">The test an entry's conditions (the operand of <c>some</c>, <c>all</c>, <c>none</c>) ask for.</param>
    public static Func<List<TEntry>, bool> Test<TEntry>(string operation, object? operand, Func<IDictionary<string, object?>?, Func<TEntry, bool>> match)
    {
        if (operation == "any")
            return list => operand is not bool wanted || list.Count > 0 == wanted;
        var entry = match(operand as IDictionary<string, object?>);
        return operation switch
        {
            "some" => list => list.Exists(item => entry(item)),
            "all" => list => list.TrueForAll(item => entry(item)),
            "none" => list => !list.Exists(item => entry(item)),
            _ => throw Errors.GraphQLErrors.BadUserInput($"'{operation}' is not a filter operation."),
        };
    }

    /// <summary>The test all <paramref name="operations"/> on the list <paramref name="entries"/> gives ask for together.</summary>
    public static Func<T, bool> Predicate<T, TEntry>(
        IDictionary<string, object?> operations, Func<T, IEnumerable<TEntry>> entries, Func<IDictionary<string, object?>?, Func<TEntry, bool>> match)
    {
        var tests = operations.Select(operation => Test(operation.Key, operation.Value, match)).ToList();
        return item =>
        {
            var list = entries(item).ToList();
            return tests.TrueForAll(test => test(list));
        };
    }
}
