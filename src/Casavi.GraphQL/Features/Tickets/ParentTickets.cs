using Casavi.Contract.Tickets;

namespace Casavi.GraphQL.Features.Tickets;

/// <summary>Key of a reverse edge: the tickets of one parent (property, contact, staff member, unit) in a status (null: any).</summary>
public sealed record ParentTickets(TicketParent Parent, string ParentId, TicketStatus? Status);
