using Casavi.Contract.Tickets;

namespace Casavi.Sandbox.Admin;

/// <summary>A ticket reported in casavi by someone else (POST /_sandbox/tickets): title and property are required, the reporting contact is optional.</summary>
internal sealed record TicketDraft(string? Id, string? Title, string? Description, string? PropertyId, TicketPriority? Priority, string? ContactId = null);

/// <summary>A change to a ticket made in casavi by someone else: the fields given replace the ticket's.</summary>
internal sealed record TicketEdit(string? Title, string? Description, TicketStatus? Status, TicketPriority? Priority);
