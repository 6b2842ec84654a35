namespace Casavi.Sandbox.Endpoints;

/// <summary>GET /v2/openapi.json: the contract document the sandbox implements, embedded at build time.</summary>
internal static class OpenApiEndpoint
{
    private const string ResourceName = "casavi-v2.openapi.json";

    private static readonly Lazy<byte[]> Document = new(() =>
    {
        using var stream = typeof(OpenApiEndpoint).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static void MapOpenApiDocument(this IEndpointRouteBuilder api) =>
        api.MapGet(ApiRoutes.OpenApiDocument.Value!, () => Results.Bytes(Document.Value, "application/json"));
}
