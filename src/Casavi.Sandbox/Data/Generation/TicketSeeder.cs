using Casavi.Contract.MasterData;
using Casavi.Contract.Tickets;
using Casavi.Sandbox.Data.Vocabulary;

namespace Casavi.Sandbox.Data.Generation;

/// <summary>
/// Tickets of the last two years, reported by a resident of the unit or property, assigned to a
/// property manager; old tickets are mostly closed, recent ones mostly open.
/// </summary>
internal sealed class TicketSeeder(SeedContext context, Roster roster)
{
    private static readonly TicketPriority[] Priorities = [TicketPriority.Low, TicketPriority.Normal, TicketPriority.High];
    private static readonly float[] PriorityWeights = [0.25f, 0.55f, 0.2f];
    private static readonly TicketStatus[] Statuses = [TicketStatus.Open, TicketStatus.InProgress, TicketStatus.Closed];

    public List<Ticket> Seed(SandboxData data)
    {
        var residents = ActiveResidents();
        var tickets = new List<Ticket>();
        for (var number = 1; number <= context.Scaled(300); number++)
        {
            var property = context.Pick(roster.Properties).Property;
            var unit = context.Chance(0.75) ? context.Pick(roster.UnitsByProperty[property.Id]) : null;
            var reporters = residents[unit?.Id ?? property.Id];
            var category = context.Pick(TicketTexts.Types);
            var title = context.Pick(category.Titles);
            var createdAt = context.DaysAgo(0, 730);
            var status = StatusFor(SeedContext.Today - createdAt);
            var updatedAt = context.Between(createdAt, Min(createdAt.AddDays(60), SeedContext.Today));
            var internalId = 90_000L + number;
            var ticket = new Ticket
            {
                Id = SeedContext.Invariant($"T-{number:D5}"),
                InternalId = internalId,
                Title = title,
                Description = string.Format(System.Globalization.CultureInfo.InvariantCulture, context.Pick(TicketTexts.Descriptions), title, context.Random.Int(1, 14)),
                Status = status,
                Priority = context.Random.WeightedRandom(Priorities, PriorityWeights),
                PropertyId = property.Id,
                UnitId = unit?.Id,
                ContactId = reporters.Count > 0 && context.Chance(0.9) ? context.Pick(reporters) : null,
                AssigneeId = status == TicketStatus.Open && context.Chance(0.4) ? null : context.Pick(roster.StaffIn(Staffing.PropertyManagement)).Id,
                TypeId = category.Id,
                CreatedAt = createdAt,
                UpdatedAt = updatedAt,
                AppLink = SeedContext.Invariant($"{SeedContext.AppBaseUrl}/tickets/{internalId}"),
            };
            tickets.Add(ticket);
            data.Tickets.Add(ticket, updatedAt);
        }
        return tickets;
    }

    private TicketStatus StatusFor(TimeSpan age) => context.Random.WeightedRandom(Statuses, age.TotalDays switch
    {
        < 14 => [0.5f, 0.4f, 0.1f],
        < 90 => [0.25f, 0.35f, 0.4f],
        _ => [0.05f, 0.1f, 0.85f],
    });

    /// <summary>Contacts with an active contract, by unit ID and by property ID.</summary>
    private Dictionary<string, List<string>> ActiveResidents()
    {
        var residents = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (unit, _) in roster.Units)
        {
            var active = unit.Contracts.Where(c => ContractActivity.IsActive(c.EndDate, SeedContext.Today)).SelectMany(c => c.Contacts).Distinct().ToList();
            residents[unit.Id] = active;
            residents.TryAdd(unit.PropertyId!, []);
            residents[unit.PropertyId!].AddRange(active.Except(residents[unit.PropertyId!]));
        }
        return residents;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
