using Casavi.Contract.Tickets;
using Casavi.Sandbox.Data.Vocabulary;

namespace Casavi.Sandbox.Data.Generation;

/// <summary>Checklists of tickets; how much is ticked off follows the ticket's status.</summary>
internal sealed class ChecklistSeeder(SeedContext context)
{
    public void Seed(SandboxData data, List<Ticket> tickets)
    {
        var assigned = tickets.FindAll(t => t.AssigneeId is not null);
        var chosen = context.Random.Shuffle(assigned).Take(context.Scaled(60)).OrderBy(t => t.Id, StringComparer.Ordinal);
        var number = 0;
        foreach (var ticket in chosen)
        {
            var id = SeedContext.Invariant($"CL-{++number:D4}");
            var titles = context.Random.Shuffle(ContentTexts.ChecklistItems).Take(context.Random.Int(3, 6)).ToList();
            var done = ticket.Status switch
            {
                TicketStatus.Closed => titles.Count,
                TicketStatus.InProgress => titles.Count / 2,
                _ => 0,
            };
            var category = TicketTexts.Types.First(t => t.Id == ticket.TypeId);
            var checklist = new TicketChecklist
            {
                Id = id,
                TicketId = ticket.Id,
                Title = $"Ablauf {category.Name}",
                Items = titles.Select((title, index) => new ChecklistItem
                {
                    Id = SeedContext.Invariant($"{id}-{index + 1}"),
                    Title = title,
                    Checked = index < done,
                }).ToList(),
            };
            data.Checklists.Add(checklist, ticket.UpdatedAt ?? ticket.CreatedAt);
        }
    }
}
