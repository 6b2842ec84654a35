using Casavi.Contract.MasterData;
using Casavi.GraphQL.Features.Units;
using Casavi.GraphQL.Kernel.Fields;

namespace Casavi.GraphQL.Features.Tickets;

/// <summary>Adds <c>Unit.tickets</c>.</summary>
public sealed class UnitTickets : ITypeExtension<UnitGraphType>
{
    /// <summary>Tickets by unit: casavi's ticket list has no unit filter, so the whole list is walked once and grouped.</summary>
    private static readonly TicketParent Parent = new(ticket => ticket.UnitId, null);

    public void Extend(UnitGraphType type) =>
        type.AddTicketsField(
            Parent,
            "tickets",
            "Tickets about the unit, in casavi's order. casavi cannot filter tickets by unit, so the whole ticket list (per status) is walked once per request, shared by all units and the other ticket edges, and grouped by unit.",
            unit => unit.Id);
}
