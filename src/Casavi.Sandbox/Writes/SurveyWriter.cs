using Casavi.Contract.Tickets;
using Casavi.Sandbox.Data;
using Casavi.Sandbox.Endpoints;
using Casavi.Sandbox.Http;

namespace Casavi.Sandbox.Writes;

/// <summary>POST /v2/tickets/{ticketId}/surveys: unique choices, an existing assignee, a unique id.</summary>
internal sealed class SurveyWriter(SandboxData data, TimeProvider time)
{
    public TicketSurvey Create(string ticketId, CreateTicketSurvey body)
    {
        data.Tickets.Require(ticketId, "Ticket");
        var id = Require.Text(body.Id, "id");
        var assignedToId = Require.Text(body.AssignedToId, "assignedToId");
        var title = Require.Text(body.Title, "title");
        var choices = body.Choices ?? [];
        Require.That(choices.Count > 0, "choices must contain at least one choice");
        Require.That(choices.TrueForAll(c => c is not null && !string.IsNullOrWhiteSpace(c.Label)), "every choice needs a label");
        Require.That(choices.DistinctBy(c => c.Value).Count() == choices.Count, "choice values must be unique");
        Require.That(choices.DistinctBy(c => c.Label, StringComparer.Ordinal).Count() == choices.Count, "choice labels must be unique");
        lock (data.Gate)
        {
            Require.That(data.Contacts.Find(assignedToId) is not null, $"assignedToId: contact '{assignedToId}' not found");
            if (data.Surveys.Find(id) is not null)
                throw CasaviProblem.Conflict($"A survey with id '{id}' already exists");
            var survey = new TicketSurvey
            {
                Id = id,
                Title = title,
                Text = body.Text,
                TicketId = ticketId,
                AssignedToId = assignedToId,
                Choices = [.. choices],
            };
            data.Surveys.Add(survey, time.GetUtcNow());
            return survey;
        }
    }
}
