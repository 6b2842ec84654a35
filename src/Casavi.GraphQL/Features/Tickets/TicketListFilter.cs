using Casavi.Contract.Tickets;

namespace Casavi.GraphQL.Features.Tickets;

/// <summary>The filter a whole ticket list is walked with; a null status lists every ticket.</summary>
public sealed record TicketListFilter(TicketStatus? Status);
