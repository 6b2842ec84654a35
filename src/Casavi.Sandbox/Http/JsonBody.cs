using System.Text.Json;
using Casavi.Contract;

namespace Casavi.Sandbox.Http;

/// <summary>Reads request bodies the way casavi answers bad ones: 400 with a message, never a framework page.</summary>
internal static class JsonBody
{
    public static async Task<T> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(request.Body, CasaviJson.Options, request.HttpContext.RequestAborted);
            return body ?? throw CasaviProblem.BadRequest("A JSON request body is required");
        }
        catch (JsonException invalid)
        {
            throw CasaviProblem.BadRequest($"Invalid request body: {invalid.Message}");
        }
    }

    public static async Task<JsonElement> ReadElementAsync(HttpRequest request)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.Clone()
                : throw CasaviProblem.BadRequest("The request body must be a JSON object");
        }
        catch (JsonException invalid)
        {
            throw CasaviProblem.BadRequest($"Invalid request body: {invalid.Message}");
        }
    }
}
