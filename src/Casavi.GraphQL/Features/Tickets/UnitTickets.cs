using Casavi.Contract.MasterData;
using Casavi.GraphQL.Features.Units;
using Casavi.GraphQL.Kernel.Fields;

namespace Casavi.GraphQL.Features.Tickets;

/// <summary>Adds <c>Unit.tickets</c>.</summary>
public sealed class UnitTickets : ITypeExtension<UnitGraphType>
{
    public void Extend(UnitGraphType type) =>
        type.AddTicketsField<Unit, TicketsByUnitLoader>(
            "tickets",
            "Tickets about the unit, in casavi's order. casavi cannot filter tickets by unit, so the whole ticket list (per status) is walked once per request, shared by all units and the other ticket edges, and grouped by unit.",
            unit => unit.Id);
}
