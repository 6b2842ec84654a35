using System.Text.Json;
using Casavi.Contract;
using Casavi.Sandbox.Faults;
using Casavi.Sandbox.Http;

namespace Casavi.Sandbox.Auth;

/// <summary>POST /v2/authenticate: key and secret for a token (the deprecated apiKey/password names still work).</summary>
internal static class AuthenticateEndpoint
{
    public static void MapAuthenticate(this IEndpointRouteBuilder api) =>
        api.MapPost("/v2/authenticate", async (HttpRequest request, SandboxOptions options, SandboxKnobs knobs, TokenStore tokens) =>
        {
            var body = await JsonBody.ReadElementAsync(request);
            var key = Field(body, "key") ?? Field(body, "apiKey");
            var secret = Field(body, "secret") ?? Field(body, "password");
            if (string.IsNullOrEmpty(key) || string.IsNullOrEmpty(secret))
                throw CasaviProblem.BadRequest("key and secret are required");
            if (key != options.Key || secret != options.Secret)
                return Results.Json(CasaviResults.Error(StatusCodes.Status401Unauthorized, "Invalid key or secret"), CasaviJson.Options, statusCode: StatusCodes.Status401Unauthorized);
            var (token, expiresAt) = tokens.Issue(knobs.TokenLifetimeSeconds);
            return CasaviResults.Ok(new TokenResponse(token, expiresAt));
        });

    private static string? Field(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
