namespace Casavi.Sandbox.Data;

/// <summary>An owner-assembly topic the vulcavo endpoints update; casavi offers no read endpoint for it.</summary>
public sealed record AssemblyTopic
{
    public static IReadOnlySet<string> Statuses { get; } =
        new HashSet<string>(["open", "in_discussion", "voted", "closed"], StringComparer.OrdinalIgnoreCase);

    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public required string Status { get; init; }
}
