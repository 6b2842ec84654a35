namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>The single argument every mutation takes, and paths into it for user errors.</summary>
public static class MutationInput
{
    public const string Argument = "input";

    /// <summary>The input as a whole: where problems go that no single field causes.</summary>
    public static IReadOnlyList<string> Path { get; } = [Argument];

    public static IReadOnlyList<string> PathOf(string field) => [Argument, field];
}
