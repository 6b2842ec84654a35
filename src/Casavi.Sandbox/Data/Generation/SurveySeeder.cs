using Casavi.Contract.Tickets;
using Casavi.Sandbox.Data.Vocabulary;

namespace Casavi.Sandbox.Data.Generation;

/// <summary>Surveys sent to the reporters of some tickets (appointment polls, satisfaction).</summary>
internal sealed class SurveySeeder(SeedContext context)
{
    public void Seed(SandboxData data, List<Ticket> tickets)
    {
        var reported = tickets.FindAll(t => t.ContactId is not null);
        var chosen = context.Random.Shuffle(reported).Take(context.Scaled(40)).OrderBy(t => t.Id, StringComparer.Ordinal);
        var number = 0;
        foreach (var ticket in chosen)
        {
            var template = context.Pick(ContentTexts.Surveys);
            var survey = new TicketSurvey
            {
                Id = SeedContext.Invariant($"SV-{++number:D5}"),
                Title = template.Title,
                Text = template.Text,
                TicketId = ticket.Id,
                AssignedToId = ticket.ContactId,
                Choices = template.Choices.Select((label, index) => new SurveyChoice(index + 1, label)).ToList(),
            };
            data.Surveys.Add(survey, context.UpToToday(ticket.CreatedAt));
        }
    }
}
