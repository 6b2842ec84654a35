using System.Runtime.Serialization;

namespace Casavi.Contract.Tickets;

/// <summary>Assumed shape: the excerpt has no ticket schema.</summary>
public sealed record Ticket
{
    public required string Id { get; init; }
    public long InternalId { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public TicketStatus Status { get; init; }
    public TicketPriority Priority { get; init; }
    public string? PropertyId { get; init; }
    public string? UnitId { get; init; }

    /// <summary>Reference ID of the contact who reported the ticket.</summary>
    public string? ContactId { get; init; }

    /// <summary>Reference ID of the staff member the ticket is assigned to.</summary>
    public string? AssigneeId { get; init; }
    public string? TypeId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
    public string? AppLink { get; init; }
}

public enum TicketStatus
{
    Unknown,
    [EnumMember(Value = "OPEN")] Open,
    [EnumMember(Value = "IN_PROGRESS")] InProgress,
    [EnumMember(Value = "CLOSED")] Closed,
}

public enum TicketPriority
{
    Unknown,
    [EnumMember(Value = "LOW")] Low,
    [EnumMember(Value = "NORMAL")] Normal,
    [EnumMember(Value = "HIGH")] High,
}
