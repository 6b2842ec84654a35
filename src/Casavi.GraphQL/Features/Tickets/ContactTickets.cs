using Casavi.Contract.MasterData;
using Casavi.GraphQL.Features.Contacts;
using Casavi.GraphQL.Kernel.Fields;

namespace Casavi.GraphQL.Features.Tickets;

/// <summary>Adds <c>Contact.tickets</c>: the tickets the contact reported.</summary>
public sealed class ContactTickets : ITypeExtension<ContactGraphType>
{
    /// <summary>Tickets by contact: casavi filters its ticket list by <c>contactId</c>.</summary>
    private static readonly TicketParent Parent = new(ticket => ticket.ContactId, new ParentFilter("contactId", (api, contactId, status, token) => api.ListAsync(status, null, contactId, null, token)));

    public void Extend(ContactGraphType type) =>
        type.AddTicketsField(
            Parent,
            "tickets",
            "Tickets the contact reported, in casavi's order. Batched per query level: up to `Gateway:Batching:ByIdMaxKeys` contacts (default 16) ask casavi's ticket list filtered by contact, in parallel; more contacts share one walk of the whole ticket list (per status), grouped by reporter.",
            contact => contact.Id);
}
