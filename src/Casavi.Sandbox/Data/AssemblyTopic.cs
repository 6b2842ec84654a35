namespace Casavi.Sandbox.Data;

/// <summary>An owner-assembly topic the vulcavo endpoints update; casavi offers no read endpoint for it.</summary>
public sealed record AssemblyTopic
{
    /// <summary>The statuses a topic can have, in their order of progress.</summary>
    public static IReadOnlyList<string> Statuses { get; } = ["open", "in_discussion", "voted", "closed"];

    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public required string Status { get; init; }
}
