using System.ComponentModel;
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
    [Description("A value casavi added after this gateway was built.")] Unknown,
    [Description("Reported, not yet being worked on.")] [EnumMember(Value = "OPEN")] Open,
    [Description("Being worked on.")] [EnumMember(Value = "IN_PROGRESS")] InProgress,
    [Description("Done or dismissed.")] [EnumMember(Value = "CLOSED")] Closed,
}

public enum TicketPriority
{
    [Description("A value casavi added after this gateway was built.")] Unknown,
    [Description("Can wait.")] [EnumMember(Value = "LOW")] Low,
    [Description("Handled in the usual course.")] [EnumMember(Value = "NORMAL")] Normal,
    [Description("Urgent.")] [EnumMember(Value = "HIGH")] High,
}
