using Casavi.Sandbox.Hooks;
using Casavi.Sandbox.Http;
using Casavi.Sandbox.Writes;

namespace Casavi.Sandbox.Admin;

/// <summary>/_sandbox routes for tickets reported and edited in casavi, and the rest-hook calls they cause.</summary>
internal static class AdminTicketEndpoints
{
    public static void MapSandboxTicketAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup(ApiRoutes.Admin);
        admin.MapPost("/tickets", async (HttpRequest request, TicketWriter writer) =>
            CasaviResults.Created(writer.Create(await JsonBody.ReadAsync<TicketDraft>(request))));
        admin.MapPatch("/tickets/{ticketId}", async (string ticketId, HttpRequest request, TicketWriter writer) =>
            CasaviResults.Ok(writer.Update(ticketId, await JsonBody.ReadAsync<TicketEdit>(request))));
        admin.MapGet("/hooks/deliveries", (HookDeliveries deliveries) =>
            CasaviResults.Ok(new HookDeliveryCounts(deliveries.TotalAttempts, deliveries.TotalSuccesses)));
    }
}
