using Casavi.Sandbox.Data;
using Casavi.Sandbox.Http;

namespace Casavi.Sandbox.Endpoints;

/// <summary>Units, with ended contracts left out unless <c>includeInactiveContracts=true</c>.</summary>
internal static class UnitEndpoints
{
    public static void MapUnits(this IEndpointRouteBuilder api)
    {
        api.MapGet("/v2/units", (HttpRequest request, SandboxData data, TimeProvider time) =>
        {
            var includeInactive = QueryFilters.Flag(request, "includeInactiveContracts") ?? false;
            var units = data.Units.ModifiedAfter(QueryFilters.Instant(request, "modifiedAfter"));
            var now = time.GetUtcNow();
            return Paging.Page(request, units, unit => UnitViews.For(unit, includeInactive, now));
        });

        api.MapGet("/v2/units/{unitId}", (string unitId, HttpRequest request, SandboxData data, TimeProvider time) =>
        {
            var includeInactive = QueryFilters.Flag(request, "includeInactiveContracts") ?? false;
            return CasaviResults.Ok(UnitViews.For(data.Units.Require(unitId, "Unit"), includeInactive, time.GetUtcNow()));
        });

        api.MapGet("/v2/subcommunities/{subcommunityId}", (string subcommunityId, SandboxData data, TimeProvider time) =>
            CasaviResults.Ok(UnitViews.For(data.Subcommunities.Require(subcommunityId, "Subcommunity"), data.Units, time.GetUtcNow())));
    }
}
