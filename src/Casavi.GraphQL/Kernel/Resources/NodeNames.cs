namespace Casavi.GraphQL.Kernel.Resources;

internal static class NodeNames
{
    /// <summary>"ConsumptionResource" → "Consumption resource".</summary>
    public static string ToWords(string nodeName) =>
        string.Concat(nodeName.Select((letter, at) => at > 0 && char.IsUpper(letter) ? $" {char.ToLowerInvariant(letter)}" : letter.ToString()));

    /// <summary>"A" or "An", as <paramref name="noun"/> begins (by its spelling: casavi's nouns have no silent letters).</summary>
    public static string Article(string noun) => noun.Length > 0 && "aeiouAEIOU".Contains(noun[0], StringComparison.Ordinal) ? "An" : "A";
}
