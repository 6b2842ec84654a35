namespace Casavi.GraphQL.Kernel.Cost;

/// <summary>
/// What a document is estimated to cost before anything runs. Doubles, because nested lists and
/// fragments spread within fragments multiply: an estimate may exceed any integer and must still compare.
/// </summary>
/// <param name="Fields">Fields of the document with every fragment spread expanded (see <see cref="DocumentSize"/>).</param>
/// <param name="Aliases">Aliased fields, counted the same way.</param>
/// <param name="Requests">casavi requests of the operation that would run (see <see cref="OperationCost"/>).</param>
/// <param name="ResultItems">Values in its result: every field of every object, every list item.</param>
public sealed record CostEstimate(double Fields, double Aliases, double Requests, double ResultItems);

/// <summary>
/// The limits a request must stay within to be executed; each compares with the figure of <see cref="CostEstimate"/>
/// of the same name, <paramref name="MaxFieldRepeats"/> with <see cref="FieldRepeats"/> and <paramref name="MaxFragments"/>
/// with the document's fragment definitions.
/// </summary>
public sealed record CostLimits(int MaxFields, int MaxAliases, int MaxUpstreamRequests, int MaxEstimatedResultItems, int MaxFieldRepeats, int MaxFragments)
{
    /// <summary>What makes validation slower than linear: the same field selected too often at one place, too many fragments.</summary>
    public string? ExceededInValidation(int fieldRepeats, int fragments) =>
        fieldRepeats > MaxFieldRepeats ? Message("selections of one field at one place", fieldRepeats, MaxFieldRepeats, "Gateway:MaxFieldRepeats")
        : fragments > MaxFragments ? Message("fragments", fragments, MaxFragments, "Gateway:MaxFragments")
        : null;

    /// <summary>Why the request is refused, naming the first limit exceeded, its estimate and the limit; null when within all.</summary>
    public static string? Exceeded(double fields, double aliases, CostLimits limits) =>
        fields > limits.MaxFields ? Message("fields", fields, limits.MaxFields, "Gateway:MaxFields")
        : aliases > limits.MaxAliases ? Message("aliases", aliases, limits.MaxAliases, "Gateway:MaxAliases")
        : null;

    /// <summary>
    /// Like <see cref="Exceeded(double, double, CostLimits)"/> for counts that stop at the first limit
    /// exceeded (<see cref="WrittenSize"/>): the message names that limit, not a total.
    /// </summary>
    public string? ExceededAsWritten(int fields, int aliases, int fragments) =>
        fields > MaxFields ? MoreThan("fields", MaxFields, "Gateway:MaxFields")
        : aliases > MaxAliases ? MoreThan("aliases", MaxAliases, "Gateway:MaxAliases")
        : fragments > MaxFragments ? MoreThan("fragments", MaxFragments, "Gateway:MaxFragments")
        : null;

    /// <inheritdoc cref="Exceeded(double, double, CostLimits)"/>
    public string? Exceeded(CostEstimate estimate) =>
        Exceeded(estimate.Fields, estimate.Aliases, this)
        ?? (estimate.Requests > MaxUpstreamRequests ? Message("casavi requests (estimated)", estimate.Requests, MaxUpstreamRequests, "Gateway:MaxUpstreamRequests")
        : estimate.ResultItems > MaxEstimatedResultItems ? Message("result items (estimated)", estimate.ResultItems, MaxEstimatedResultItems, "Gateway:MaxEstimatedResultItems")
        : null);

    private const string Advice = "Ask for fewer fields, smaller pages (first) or less nesting, or split the query.";

    private static string Message(string what, double estimate, int limit, string setting) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"The query was refused before execution: {Math.Ceiling(Math.Min(estimate, 1e15)):N0} {what}; at most {limit:N0} are allowed ({setting}). {Advice}");

    private static string MoreThan(string what, int limit, string setting) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"The query was refused before execution: it has more than the {limit:N0} {what} allowed ({setting}). {Advice}");
}
