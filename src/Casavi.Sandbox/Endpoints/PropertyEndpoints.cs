using Casavi.Sandbox.Data;
using Casavi.Sandbox.Http;

namespace Casavi.Sandbox.Endpoints;

internal static class PropertyEndpoints
{
    public static void MapProperties(this IEndpointRouteBuilder api)
    {
        api.MapGet("/v2/properties", (HttpRequest request, SandboxData data) =>
            Paging.Page(request, data.Properties.ModifiedAfter(QueryFilters.Instant(request, "modifiedAfter"))));

        api.MapGet("/v2/properties/{propertyId}", (string propertyId, SandboxData data) =>
            CasaviResults.Ok(data.Properties.Require(propertyId, "Property")));

        api.MapGet("/v2/properties/{propertyId}/responsibilities", (string propertyId, HttpRequest request, SandboxData data) =>
        {
            var showOnPortal = QueryFilters.Flag(request, "showOnPortal");
            var property = data.Properties.Require(propertyId, "Property");
            return Paging.Page(request, property.Responsibilities.FindAll(r => showOnPortal is null || (r.ShowOnPortal ?? false) == showOnPortal));
        });

        api.MapGet("/v2/properties/{propertyId}/posts", (string propertyId, HttpRequest request, SandboxData data) =>
        {
            var showOnInfoboard = QueryFilters.Flag(request, "showOnInfoboard");
            data.Properties.Require(propertyId, "Property");
            var posts = data.Posts.All().Where(p => p.PropertyId == propertyId
                && (showOnInfoboard is null || (p.ShowOnInfoboard ?? false) == showOnInfoboard));
            return Paging.Page(request, posts.ToList());
        });
    }
}
