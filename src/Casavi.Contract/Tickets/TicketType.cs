namespace Casavi.Contract.Tickets;

/// <summary>Assumed shape: a ticket category, in one type group.</summary>
public sealed record TicketType
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? GroupId { get; init; }
}

/// <summary>Assumed shape.</summary>
public sealed record TicketTypeGroup
{
    public required string Id { get; init; }
    public required string Name { get; init; }
}
