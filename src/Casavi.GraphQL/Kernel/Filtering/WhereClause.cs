namespace Casavi.GraphQL.Kernel.Filtering;

/// <summary>
/// A <c>where</c> argument as a test: every field condition and <c>and</c> entry must hold, at least one
/// <c>or</c> entry must (an empty <c>or</c> matches nothing); a field given null sets no condition.
/// </summary>
public static class WhereClause
{
    public static Func<T, bool> Predicate<T>(IDictionary<string, object?>? where, QueryableFields<T> fields, IServiceProvider services)
    {
        if (where is null)
            return _ => true;
        var tests = new List<Func<T, bool>>();
        foreach (var (name, operand) in where)
        {
            switch (name)
            {
                case "and":
                    var all = Entries(operand).Select(entry => Predicate(entry, fields, services)).ToList();
                    tests.Add(item => all.TrueForAll(test => test(item)));
                    break;
                case "or":
                    var any = Entries(operand).Select(entry => Predicate(entry, fields, services)).ToList();
                    tests.Add(item => any.Exists(test => test(item)));
                    break;
                default:
                    var field = fields.Find(name) ?? throw Errors.GraphQLErrors.BadUserInput($"'{name}' cannot be filtered on.");
                    if (operand is IDictionary<string, object?> operations)
                        tests.Add(field.Predicate(operations, services));
                    break;
            }
        }

        return item => tests.TrueForAll(test => test(item));
    }

    private static IEnumerable<IDictionary<string, object?>> Entries(object? operand) =>
        (operand as IEnumerable<object?> ?? []).OfType<IDictionary<string, object?>>();
}
