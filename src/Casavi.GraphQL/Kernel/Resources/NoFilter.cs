namespace Casavi.GraphQL.Kernel.Resources;

/// <summary>The filter of a list without arguments.</summary>
public sealed record NoFilter
{
    public static readonly NoFilter Instance = new();
}
