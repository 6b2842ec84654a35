namespace Casavi.GraphQL.Benchmarks;

/// <summary>The measured queries (field names as in schema/schema.graphql).</summary>
internal static class Queries
{
    public const string Typename = "{ __typename }";

    public static readonly string NestedBroad = Nested(25);

    /// <summary>The README's example of a narrow query.</summary>
    public static readonly string NestedNarrow = Nested(2);

    public const string Tickets =
        "{ tickets(first: 100) { nodes { title property { name } unit { name } reporter { lastName } assignee { lastName } type { name group { name } } orders { status } } } }";

    public const string FirstPropertyId = "{ properties(first: 1) { nodes { referenceId } } }";

    public static string Nested(int properties) =>
        $"{{ properties(first: {properties}) {{ nodes {{ name units {{ nodes {{ name contracts(includeInactive: true) {{ type contacts {{ firstName lastName }} }} }} }} }} }} }}";

    public static string SingleProperty(string referenceId) => $"{{ property(referenceId: \"{referenceId}\") {{ name city }} }}";
}
