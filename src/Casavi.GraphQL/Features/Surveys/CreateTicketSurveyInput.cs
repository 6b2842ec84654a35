using Casavi.Contract.Tickets;

namespace Casavi.GraphQL.Features.Surveys;

/// <summary>The <c>input</c> of <c>createTicketSurvey</c>, as the schema delivers it (nothing checked yet).</summary>
public sealed record CreateTicketSurveyInput
{
    public string TicketId { get; init; } = "";
    public string Id { get; init; } = "";
    public string AssignedToId { get; init; } = "";
    public string Title { get; init; } = "";
    public string? Text { get; init; }
    public List<SurveyChoice> Choices { get; init; } = [];

    /// <summary>The body casavi expects.</summary>
    public CreateTicketSurvey ToCasavi() => new()
    {
        Id = Id,
        AssignedToId = AssignedToId,
        Title = Title,
        Text = Text,
        Choices = Choices,
    };

    /// <summary>casavi's documented 201 body carries only id, title and text; the rest is what casavi accepted from this input.</summary>
    public async Task<TicketSurvey> CompleteAsync(Task<TicketSurvey> creating)
    {
        var created = await creating;
        return created with
        {
            TicketId = created.TicketId ?? TicketId,
            AssignedToId = created.AssignedToId ?? AssignedToId,
            Text = created.Text ?? Text,
            Choices = created.Choices.Count > 0 ? created.Choices : Choices,
        };
    }
}
