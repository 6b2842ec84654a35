using Casavi.Contract.Tickets;

namespace Casavi.GraphQL.Features.Tickets;

/// <summary>Key of a reverse edge: the tickets of one parent (property, contact, staff member) in a status (null: any).</summary>
public sealed record ParentTickets(string ParentId, TicketStatus? Status);
