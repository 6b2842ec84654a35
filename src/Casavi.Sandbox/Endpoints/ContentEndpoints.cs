using Casavi.Contract.Content;
using Casavi.Sandbox.Data;
using Casavi.Sandbox.Http;
using Casavi.Sandbox.Writes;

namespace Casavi.Sandbox.Endpoints;

/// <summary>Posts, appointments and documents: what residents see on the portal.</summary>
internal static class ContentEndpoints
{
    public static void MapContent(this IEndpointRouteBuilder api)
    {
        api.MapGet("/v2/posts", (HttpRequest request, SandboxData data) =>
        {
            var propertyId = QueryFilters.Text(request, "propertyId");
            return Paging.Page(request, data.Posts.All().Where(p => propertyId is null || p.PropertyId == propertyId).ToList());
        });
        api.MapGet("/v2/posts/{postId}", (string postId, SandboxData data) => CasaviResults.Ok(data.Posts.Require(postId, "Post")));
        api.MapPost("/v2/posts", async (HttpRequest request, ContentWriter writer) =>
            CasaviResults.Created(writer.CreatePost(await JsonBody.ReadAsync<CreatePost>(request))));

        api.MapGet("/v2/appointments", (HttpRequest request, SandboxData data) =>
        {
            var propertyId = QueryFilters.Text(request, "propertyId");
            return Paging.Page(request, data.Appointments.All().Where(a => propertyId is null || a.PropertyIds.Contains(propertyId)).ToList());
        });
        api.MapGet("/v2/appointments/{appointmentId}", (string appointmentId, SandboxData data) =>
            CasaviResults.Ok(data.Appointments.Require(appointmentId, "Appointment")));
        api.MapPost("/v2/appointments", async (HttpRequest request, ContentWriter writer) =>
            CasaviResults.Created(writer.CreateAppointment(await JsonBody.ReadAsync<CreateAppointment>(request))));

        api.MapGet("/v2/documents/{documentId}", (string documentId, SandboxData data) =>
            CasaviResults.Ok(data.Documents.Require(documentId, "Document")));
        api.MapGet("/v2/documents/types", (HttpRequest request, SandboxData data) => Paging.Page(request, data.DocumentTypes.All()));
    }
}
