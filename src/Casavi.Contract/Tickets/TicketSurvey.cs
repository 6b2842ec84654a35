namespace Casavi.Contract.Tickets;

/// <summary>A survey attached to a ticket. <c>AssignedToId</c> and <c>Choices</c> on reads are assumed.</summary>
public sealed record TicketSurvey
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Text { get; init; }
    public string? TicketId { get; init; }
    public string? AssignedToId { get; init; }
    public List<SurveyChoice> Choices { get; init; } = [];
}

public sealed record CreateTicketSurvey
{
    public required string Id { get; init; }
    public required string AssignedToId { get; init; }
    public required string Title { get; init; }
    public string? Text { get; init; }
    public List<SurveyChoice> Choices { get; init; } = [];
}

public sealed record SurveyChoice(int Value, string Label);
