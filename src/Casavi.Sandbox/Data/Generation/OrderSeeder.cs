using Casavi.Contract.Tickets;
using Casavi.Sandbox.Data.Vocabulary;

namespace Casavi.Sandbox.Data.Generation;

/// <summary>Work orders on tickets, placed with a service provider of the ticket's craft.</summary>
internal sealed class OrderSeeder(SeedContext context, Roster roster)
{
    private static readonly string[] RegularOrderTypes = ["OT-1", "OT-1", "OT-1", "OT-2", "OT-4"];

    public void Seed(SandboxData data, List<Ticket> tickets)
    {
        var worked = tickets.FindAll(t => t.Status != TicketStatus.Open);
        var candidates = worked.Count > 0 ? worked : tickets;
        for (var number = 1; number <= context.Scaled(150); number++)
        {
            var ticket = context.Pick(candidates);
            var category = TicketTexts.Types.First(t => t.Id == ticket.TypeId);
            var contractor = context.Pick(roster.ServiceProvidersIn(category.Trade));
            var orderTypeId = category.Trade == Trades.Cleaning ? "OT-3"
                : ticket.Priority == TicketPriority.High && category.Trade == Trades.Plumbing ? "OT-5"
                : context.Pick(RegularOrderTypes);
            var createdAt = context.UpToToday(ticket.CreatedAt) is var placed && placed > ticket.CreatedAt.AddDays(5)
                ? ticket.CreatedAt.AddDays(5)
                : placed;
            var order = new Order
            {
                Id = SeedContext.Invariant($"O-{number:D5}"),
                TicketId = ticket.Id,
                Status = StatusFor(ticket.Status),
                OrderTypeId = orderTypeId,
                ContractorId = contractor.Id,
                ContractorName = contractor.CompanyName,
                Description = $"{Catalogs.OrderTypes.First(t => t.Id == orderTypeId).Name}: {ticket.Title}",
                CreatedAt = createdAt,
                DueDate = createdAt.AddDays(context.Random.Int(3, 21)),
            };
            data.Orders.Add(order, context.UpToToday(createdAt));
        }
    }

    private OrderStatus StatusFor(TicketStatus ticketStatus) => ticketStatus switch
    {
        TicketStatus.Closed => context.Chance(0.85) ? OrderStatus.Completed : OrderStatus.Declined,
        TicketStatus.InProgress => context.Random.Double() switch
        {
            < 0.3 => OrderStatus.Open,
            < 0.9 => OrderStatus.Accepted,
            _ => OrderStatus.Declined,
        },
        _ => OrderStatus.Open,
    };
}
