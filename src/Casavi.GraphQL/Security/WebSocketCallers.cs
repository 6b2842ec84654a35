using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Security;

/// <summary>
/// Authenticates a WebSocket's caller when it sends <c>connection_init</c>: browsers cannot set headers on
/// a WebSocket, so the payload may carry them (<c>{"Authorization": "Bearer …"}</c>, <c>{"X-Api-Key": "…"}</c>,
/// also nested in <c>"headers"</c>). Credentials are checked exactly as on HTTP, and the caller's casavi
/// account is bound to the connection.
/// </summary>
public static class WebSocketCallers
{
    private static readonly string[] CredentialHeaders = ["Authorization", "X-Api-Key"];

    /// <returns>The caller, or why it is refused.</returns>
    public static async Task<(ClaimsPrincipal? Caller, string? Refusal)> AuthenticateAsync(HttpContext context, JsonElement? payload)
    {
        foreach (var (header, value) in CredentialsIn(payload))
            context.Request.Headers[header] = value;
        var result = await context.AuthenticateAsync();
        if (result.Failure is not null)
            return (null, "The credentials in connection_init are not valid.");
        var caller = result.Principal ?? new ClaimsPrincipal(new ClaimsIdentity());
        if (caller.Identity?.IsAuthenticated != true && !context.RequestServices.GetRequiredService<IOptions<AuthSettings>>().Value.AllowAnonymous)
            return (null, "Credentials are missing: send them in connection_init's payload, e.g. {\"Authorization\": \"ApiKey <key>\"}.");
        context.User = caller;
        return CallerAccounts.Bind(context) is { } refusal ? (null, refusal) : (caller, null);
    }

    private static IEnumerable<(string Header, string Value)> CredentialsIn(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } fields)
            yield break;
        var nested = fields.EnumerateObject().FirstOrDefault(field => field.NameEquals("headers") && field.Value.ValueKind == JsonValueKind.Object);
        foreach (var source in new[] { fields, nested.Value }.Where(source => source.ValueKind == JsonValueKind.Object))
        {
            foreach (var field in source.EnumerateObject())
            {
                var header = CredentialHeaders.FirstOrDefault(name => name.Equals(field.Name, StringComparison.OrdinalIgnoreCase));
                if (header is not null && field.Value.ValueKind == JsonValueKind.String && field.Value.GetString() is { Length: > 0 } value)
                    yield return (header, value);
            }
        }
    }
}
