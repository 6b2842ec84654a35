using Casavi.Contract.Tickets;
using Casavi.Sandbox.Data;
using Casavi.Sandbox.Http;
using Casavi.Sandbox.Writes;

namespace Casavi.Sandbox.Endpoints;

internal static class SurveyEndpoints
{
    public static void MapSurveys(this IEndpointRouteBuilder api)
    {
        api.MapGet("/v2/tickets/{ticketId}/surveys", (string ticketId, HttpRequest request, SandboxData data) =>
        {
            data.Tickets.Require(ticketId, "Ticket");
            return Paging.Page(request, data.Surveys.All().Where(s => s.TicketId == ticketId).ToList());
        });

        api.MapPost("/v2/tickets/{ticketId}/surveys", async (string ticketId, HttpRequest request, SurveyWriter writer) =>
            CasaviResults.Created(writer.Create(ticketId, await JsonBody.ReadAsync<CreateTicketSurvey>(request))));
    }
}
