using Casavi.Contract.Integration;
using Casavi.Contract.Tickets;
using Casavi.Sandbox.Admin;
using Casavi.Sandbox.Data;
using Casavi.Sandbox.Endpoints;
using Casavi.Sandbox.Hooks;
using Casavi.Sandbox.Http;

namespace Casavi.Sandbox.Writes;

/// <summary>
/// Tickets reported and edited "in casavi" (the contract has no ticket writes), so the rest hooks for
/// tickets fire as they would when someone works in casavi's own interface.
/// </summary>
internal sealed class TicketWriter(SandboxData data, RuntimeIds ids, HookDispatcher hooks, TimeProvider time)
{
    public Ticket Create(TicketDraft draft)
    {
        var id = Require.OptionalId(draft.Id, "id");
        var title = Require.Text(draft.Title, "title");
        var propertyId = Require.Text(draft.PropertyId, "propertyId");
        Require.That(draft.Priority is not TicketPriority.Unknown, "priority must be LOW, NORMAL or HIGH");
        Ticket ticket;
        lock (data.Gate)
        {
            Require.That(data.Properties.Find(propertyId) is not null, $"propertyId: property '{propertyId}' not found");
            Require.That(draft.ContactId is null || data.Contacts.Find(draft.ContactId) is not null, $"contactId: contact '{draft.ContactId}' not found");
            if (id is not null && data.Tickets.Find(id) is not null)
                throw CasaviProblem.Conflict($"A ticket with id '{id}' already exists");
            var now = time.GetUtcNow();
            var internalId = data.Tickets.All().Select(t => t.InternalId).DefaultIfEmpty().Max() + 1;
            ticket = new Ticket
            {
                Id = id ?? ids.NewUuid(),
                InternalId = internalId,
                Title = title,
                Description = draft.Description,
                Status = TicketStatus.Open,
                Priority = draft.Priority ?? TicketPriority.Normal,
                PropertyId = propertyId,
                ContactId = draft.ContactId,
                CreatedAt = now,
                UpdatedAt = now,
            };
            data.Tickets.Add(ticket, now);
        }
        hooks.Publish(RestHookEvents.TicketCreated, ticket.Id, ticket.CreatedAt);
        return ticket;
    }

    public Ticket Update(string ticketId, TicketEdit edit)
    {
        Require.That(edit.Title is null || !string.IsNullOrWhiteSpace(edit.Title), "title must not be empty");
        Require.That(edit.Status is not TicketStatus.Unknown, "status must be OPEN, IN_PROGRESS or CLOSED");
        Require.That(edit.Priority is not TicketPriority.Unknown, "priority must be LOW, NORMAL or HIGH");
        var now = time.GetUtcNow();
        Ticket updated;
        lock (data.Gate)
        {
            var ticket = data.Tickets.Require(ticketId, "Ticket");
            updated = ticket with
            {
                Title = edit.Title ?? ticket.Title,
                Description = edit.Description ?? ticket.Description,
                Status = edit.Status ?? ticket.Status,
                Priority = edit.Priority ?? ticket.Priority,
                UpdatedAt = now,
            };
            data.Tickets.Replace(updated, now);
        }
        hooks.Publish(RestHookEvents.TicketUpdated, updated.Id, now);
        return updated;
    }
}
