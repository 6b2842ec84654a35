using System.ComponentModel;
using System.Runtime.Serialization;

namespace Casavi.Contract.Tickets;

/// <summary>A work order placed with a contractor for a ticket. Only the status values are documented.</summary>
public sealed record Order
{
    public required string Id { get; init; }
    public required string TicketId { get; init; }
    public OrderStatus Status { get; init; }
    public string? OrderTypeId { get; init; }

    /// <summary>Reference ID of the contractor, a contact.</summary>
    public string? ContractorId { get; init; }
    public string? ContractorName { get; init; }
    public string? Description { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? DueDate { get; init; }
}

public enum OrderStatus
{
    [Description("A value casavi added after this gateway was built.")] Unknown,
    [Description("Placed, not yet answered by the contractor.")] [EnumMember(Value = "OPEN")] Open,
    [Description("Accepted by the contractor.")] [EnumMember(Value = "ACCEPTED")] Accepted,
    [Description("The work is done.")] [EnumMember(Value = "COMPLETED")] Completed,
    [Description("Declined by the contractor.")] [EnumMember(Value = "DECLINED")] Declined,
}

/// <summary>Assumed shape.</summary>
public sealed record OrderType
{
    public required string Id { get; init; }
    public required string Name { get; init; }
}
