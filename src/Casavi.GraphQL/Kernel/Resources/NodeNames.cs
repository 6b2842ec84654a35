namespace Casavi.GraphQL.Kernel.Resources;

internal static class NodeNames
{
    /// <summary>"ConsumptionResource" → "Consumption resource".</summary>
    public static string ToWords(string nodeName) =>
        string.Concat(nodeName.Select((letter, at) => at > 0 && char.IsUpper(letter) ? $" {char.ToLowerInvariant(letter)}" : letter.ToString()));
}
