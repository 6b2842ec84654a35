namespace Casavi.GraphQL.Kernel.Paging;

internal static class GraphTypeNames
{
    /// <summary>The GraphQL name of a graph type class: its name without the <c>GraphType</c> suffix (UnitGraphType → Unit).</summary>
    public static string Of<TGraphType>()
    {
        const string suffix = "GraphType";
        var name = typeof(TGraphType).Name;
        return name.EndsWith(suffix, StringComparison.Ordinal) ? name[..^suffix.Length] : name;
    }
}
