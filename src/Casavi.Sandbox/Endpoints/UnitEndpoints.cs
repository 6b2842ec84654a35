using Casavi.Sandbox.Data;
using Casavi.Sandbox.Http;

namespace Casavi.Sandbox.Endpoints;

/// <summary>Units, with ended contracts left out unless <c>includeInactiveContracts=true</c>.</summary>
internal static class UnitEndpoints
{
    public static void MapUnits(this IEndpointRouteBuilder api)
    {
        api.MapGet("/v2/units", (HttpRequest request, SandboxData data) =>
        {
            var includeInactive = QueryFilters.Flag(request, "includeInactiveContracts") ?? false;
            var units = data.Units.ModifiedAfter(QueryFilters.Instant(request, "modifiedAfter"));
            return Paging.Page(request, units, unit => UnitViews.For(unit, includeInactive));
        });

        api.MapGet("/v2/units/{unitId}", (string unitId, HttpRequest request, SandboxData data) =>
        {
            var includeInactive = QueryFilters.Flag(request, "includeInactiveContracts") ?? false;
            return CasaviResults.Ok(UnitViews.For(data.Units.Require(unitId, "Unit"), includeInactive));
        });

        api.MapGet("/v2/subcommunities/{subcommunityId}", (string subcommunityId, SandboxData data) =>
            CasaviResults.Ok(UnitViews.For(data.Subcommunities.Require(subcommunityId, "Subcommunity"), data.Units)));
    }
}
