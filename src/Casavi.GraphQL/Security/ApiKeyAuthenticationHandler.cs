using System.Security.Claims;
using System.Text.Encodings.Web;
using Casavi.GraphQL.Kernel.Access;
using Casavi.GraphQL.Kernel.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Casavi.GraphQL.Security;

/// <summary>
/// Callers with an API key (<c>Authorization: ApiKey &lt;key&gt;</c> or <c>X-Api-Key</c>), and those without
/// credentials where <see cref="AuthSettings.AllowAnonymous"/> lets them in. Also answers every challenge:
/// 401 naming the schemes the gateway accepts, with a GraphQL-shaped body.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IOptions<AuthSettings> settings)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    private const string KeyHeader = "X-Api-Key";
    private const string AuthorizationPrefix = SchemeName + " ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var auth = settings.Value;
        var authorization = Request.Headers.Authorization.ToString();
        var key = authorization.StartsWith(AuthorizationPrefix, StringComparison.OrdinalIgnoreCase)
            ? authorization[AuthorizationPrefix.Length..].Trim()
            : Request.Headers[KeyHeader].ToString();
        if (string.IsNullOrEmpty(key))
        {
            // Credentials of a scheme the gateway does not take are refused, never read as none at all.
            if (authorization.Length > 0)
                return Task.FromResult(AuthenticateResult.Fail("The Authorization header's scheme is not accepted."));
            return Task.FromResult(auth.AllowAnonymous ? Anonymous(auth) : AuthenticateResult.NoResult());
        }

        var presented = ApiKeyHash.Of(key);
        AuthSettings.ApiKeyClient? caller = null;
        // Every hash is compared, so the time taken does not tell which client's key came close.
        foreach (var client in auth.ApiKeys)
        {
            if (ApiKeyHash.Matches(presented, client.KeyHash))
                caller ??= client;
        }

        if (caller is null)
            return Task.FromResult(AuthenticateResult.Fail("The API key is not valid."));
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, caller.Name), .. ScopeAndAccountClaims(caller.Scopes, caller.Account)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.Append(HeaderNames.WWWAuthenticate, SchemeName);
        if (settings.Value.Jwt.IsConfigured)
            Response.Headers.Append(HeaderNames.WWWAuthenticate, "Bearer");
        await CallerRefusal.WriteAsync(Response, StatusCodes.Status401Unauthorized, Unauthenticated, ErrorCodes.Unauthenticated);
    }

    private string Unauthenticated => settings.Value.Jwt.IsConfigured
        ? "Credentials are missing or not valid: send Authorization: ApiKey <key> (or X-Api-Key) or Authorization: Bearer <token>."
        : "Credentials are missing or not valid: send Authorization: ApiKey <key> or X-Api-Key.";

    /// <summary>A caller without credentials: not authenticated, with the scopes configured for anonymous callers.</summary>
    private static AuthenticateResult Anonymous(AuthSettings auth)
    {
        var identity = new ClaimsIdentity(ScopeAndAccountClaims(auth.AnonymousScopes, auth.AnonymousAccount));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), "Anonymous"));
    }

    private static IEnumerable<Claim> ScopeAndAccountClaims(IEnumerable<string> scopes, string? account)
    {
        var claims = scopes.Select(scope => new Claim(CasaviScopes.ClaimTypes[0], scope));
        return account is null ? claims : claims.Append(new Claim(CallerAccounts.ClaimType, account));
    }
}
