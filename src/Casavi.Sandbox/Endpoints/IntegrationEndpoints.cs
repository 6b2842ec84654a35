using Casavi.Contract.Integration;
using Casavi.Sandbox.Data;
using Casavi.Sandbox.Http;
using Casavi.Sandbox.Writes;
using Casavi.Sandbox.Writes.Import;

namespace Casavi.Sandbox.Endpoints;

/// <summary>Meters, imports, webhooks and the vulcavo owner-assembly integration.</summary>
internal static class IntegrationEndpoints
{
    public static void MapIntegration(this IEndpointRouteBuilder api)
    {
        api.MapGet("/v2/consumption/resources", (HttpRequest request, SandboxData data) => Paging.Page(request, data.ConsumptionResources.All()));
        api.MapGet("/v2/consumption/resources/{resourceId}", (string resourceId, SandboxData data) =>
            CasaviResults.Ok(data.ConsumptionResources.Require(resourceId, "Consumption resource")));

        api.MapPost("/v2/import", async (HttpRequest request, ImportRunner importer) =>
            CasaviResults.Created(new ImportStarted(importer.Run(await JsonBody.ReadElementAsync(request)).Id)));
        api.MapGet("/v2/jobs/{jobId}", (string jobId, SandboxData data) =>
            CasaviResults.Ok(data.Jobs.Find(jobId) ?? throw new CasaviProblem(StatusCodes.Status404NotFound, "No job found")));

        api.MapGet("/v2/restHooks", (HttpRequest request, SandboxData data) => Paging.Page(request, data.RestHooks.All()));
        api.MapPost("/v2/restHooks", async (HttpRequest request, IntegrationWriter writer) =>
            CasaviResults.Created(writer.CreateHook(await JsonBody.ReadAsync<CreateRestHook>(request))));
        api.MapDelete("/v2/restHooks/{hookId}", (string hookId, SandboxData data) =>
            data.RestHooks.Remove(hookId) ? Results.NoContent() : throw CasaviProblem.NotFound("Rest hook"));

        api.MapPost("/v2/vulcavo/assembly-topic/status", async (HttpRequest request, IntegrationWriter writer) =>
        {
            writer.SetTopicStatus(await JsonBody.ReadAsync<AssemblyTopicStatus>(request));
            return Results.StatusCode(StatusCodes.Status201Created);
        });
        api.MapPatch("/v2/vulcavo/assembly-topic/{id}", async (string id, HttpRequest request, IntegrationWriter writer) =>
        {
            writer.UpdateTopic(id, await JsonBody.ReadAsync<AssemblyTopicUpdate>(request));
            return Results.Ok();
        });
    }
}
