using Casavi.Contract.Tickets;

namespace Casavi.GraphQL.Features.Tickets;

/// <summary>
/// A kind of parent tickets hang off (property, reporter, assignee, unit): which ticket field names
/// it, and casavi's ticket list filtered to one such parent, or null when casavi has no such filter.
/// </summary>
public sealed class TicketParent(Func<Ticket, string?> parentOf, ParentFilter? filter)
{
    public string? ParentOf(Ticket ticket) => parentOf(ticket);

    public ParentFilter? Filter => filter;
}
