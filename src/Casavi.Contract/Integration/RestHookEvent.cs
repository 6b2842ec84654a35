namespace Casavi.Contract.Integration;

/// <summary>
/// Assumed shape: what casavi posts to a rest hook's <c>targetUrl</c>. The excerpt names no payload,
/// so it only says which entity changed how; the receiver reads the entity itself.
/// </summary>
public sealed record RestHookEvent
{
    public required string HookId { get; init; }
    public required string Event { get; init; }
    public required string EntityId { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
}
