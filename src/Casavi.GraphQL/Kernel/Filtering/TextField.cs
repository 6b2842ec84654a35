using System.Globalization;

namespace Casavi.GraphQL.Kernel.Filtering;

/// <summary>
/// A text field. <c>eq</c>, <c>neq</c>, <c>in</c> and <c>nin</c> compare exactly (ordinal: IDs, codes);
/// <c>contains</c>, <c>startsWith</c>, <c>endsWith</c> and their negations ignore case, culture-aware
/// (so "strasse" finds "Straße" only where the culture equates them, "müller" finds "Müller");
/// sorting is culture-aware and ignores case, exact order breaking ties.
/// </summary>
public sealed class TextField<T>(string name, string description, Func<T, string?> value) : ValueField<T, string?>(name, description, value)
{
    private static readonly CompareInfo Culture = CultureInfo.InvariantCulture.CompareInfo;
    private const CompareOptions IgnoreCase = CompareOptions.IgnoreCase;

    public override Type OperationType => typeof(StringOperationFilterInputGraphType);

    public override int Compare(T x, T y, bool descending) => (ValueOf(x), ValueOf(y)) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        var (a, b) => descending ? Ordered(b, a) : Ordered(a, b),
    };

    private static int Ordered(string a, string b) => Culture.Compare(a, b, IgnoreCase) is var byCulture and not 0 ? byCulture : string.CompareOrdinal(a, b);

    protected override Func<string?, bool> Test(string operation, object? operand)
    {
        var term = operand as string;
        return operation switch
        {
            "eq" => text => text == term,
            "neq" => text => text != term,
            "in" => In(operand),
            "nin" => Not(In(operand)),
            "contains" => text => text is not null && term is not null && Culture.IndexOf(text, term, IgnoreCase) >= 0,
            "ncontains" => text => !(text is not null && term is not null && Culture.IndexOf(text, term, IgnoreCase) >= 0),
            "startsWith" => text => text is not null && term is not null && Culture.IsPrefix(text, term, IgnoreCase),
            "nstartsWith" => text => !(text is not null && term is not null && Culture.IsPrefix(text, term, IgnoreCase)),
            "endsWith" => text => text is not null && term is not null && Culture.IsSuffix(text, term, IgnoreCase),
            "nendsWith" => text => !(text is not null && term is not null && Culture.IsSuffix(text, term, IgnoreCase)),
            _ => throw UnknownOperation(operation),
        };
    }

    private static Func<string?, bool> In(object? operand)
    {
        var terms = ListOf<string>(operand).ToHashSet(StringComparer.Ordinal);
        return text => text is not null && terms.Contains(text);
    }

    private static Func<string?, bool> Not(Func<string?, bool> test) => text => !test(text);
}
