namespace Casavi.Contract.Tickets;

/// <summary>Assumed shape: the excerpt lists <c>GET /v2/tickets/checklists</c> without a schema.</summary>
public sealed record TicketChecklist
{
    public required string Id { get; init; }
    public required string TicketId { get; init; }
    public required string Title { get; init; }
    public List<ChecklistItem> Items { get; init; } = [];
}

public sealed record ChecklistItem
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public bool Checked { get; init; }
}
