using Casavi.Contract.Tickets;
using Casavi.Sandbox.Data;
using Casavi.Sandbox.Http;

namespace Casavi.Sandbox.Endpoints;

internal static class TicketEndpoints
{
    public static void MapTickets(this IEndpointRouteBuilder api)
    {
        api.MapGet("/v2/tickets", (HttpRequest request, SandboxData data) =>
        {
            var status = QueryFilters.Choice<TicketStatus>(request, "status");
            var propertyId = QueryFilters.Text(request, "propertyId");
            var contactId = QueryFilters.Text(request, "contactId");
            var tickets = data.Tickets.ModifiedAfter(QueryFilters.Instant(request, "modifiedAfter")).FindAll(t =>
                (status is null || t.Status == status)
                && (propertyId is null || t.PropertyId == propertyId)
                && (contactId is null || t.ContactId == contactId));
            return Paging.Page(request, tickets);
        });

        api.MapGet("/v2/tickets/{ticketId}", (string ticketId, SandboxData data) =>
            CasaviResults.Ok(data.Tickets.Require(ticketId, "Ticket")));

        api.MapGet("/v2/tickets/types", (HttpRequest request, SandboxData data) => Paging.Page(request, data.TicketTypes.All()));

        api.MapGet("/v2/tickets/type-groups", (HttpRequest request, SandboxData data) => Paging.Page(request, data.TicketTypeGroups.All()));

        api.MapGet("/v2/tickets/orders", (HttpRequest request, SandboxData data) =>
        {
            var status = QueryFilters.Choice<OrderStatus>(request, "status");
            return Paging.Page(request, data.Orders.All().Where(o => status is null || o.Status == status).ToList());
        });

        api.MapGet("/v2/tickets/orders/types", (HttpRequest request, SandboxData data) => Paging.Page(request, data.OrderTypes.All()));

        api.MapGet("/v2/tickets/checklists", (HttpRequest request, SandboxData data) => Paging.Page(request, data.Checklists.All()));
    }
}
