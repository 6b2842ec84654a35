using System.Security.Claims;
using Casavi.Client;
using Casavi.GraphQL.Kernel.Errors;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Security;

/// <summary>
/// Binds every request to its caller's casavi account (<see cref="CasaviAccountScope"/>): the account an
/// API key is configured for, the one a JWT names in <see cref="AuthSettings.JwtSettings.AccountClaim"/>,
/// <see cref="AuthSettings.AnonymousAccount"/> for anonymous callers, else the default account. A caller
/// naming an account the gateway does not serve is refused with 403 before its request is read.
/// </summary>
public static class CallerAccounts
{
    /// <summary>The claim that carries the account of API-key and anonymous callers, and JWTs' by default.</summary>
    public const string ClaimType = "casavi_account";

    public static WebApplication UseCallerAccounts(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (Bind(context) is { } refusal)
            {
                await CallerRefusal.WriteAsync(context.Response, StatusCodes.Status403Forbidden, refusal, ErrorCodes.Forbidden);
                return;
            }

            await next(context);
        });
        return app;
    }

    /// <summary>Binds the authenticated caller's account to the request; returns why not when the gateway does not serve it.</summary>
    internal static string? Bind(HttpContext context)
    {
        if (!context.User.Identities.Any(identity => identity.Claims.Any()))
            return null;
        var jwtClaim = context.RequestServices.GetRequiredService<IOptions<AuthSettings>>().Value.Jwt.AccountClaim;
        var name = NameOf(context.User, jwtClaim);
        var accounts = context.RequestServices.GetRequiredService<CasaviAccounts>();
        if ((name is null ? accounts.Default : accounts.Find(name)) is not { } account)
        {
            return name is null
                ? "The caller names no casavi account, and this gateway has no default account."
                : "The caller's casavi account is not served by this gateway.";
        }

        context.RequestServices.GetRequiredService<CasaviAccountScope>().Use(account);
        return null;
    }

    private static string? NameOf(ClaimsPrincipal caller, string jwtClaim)
    {
        var claimType = caller.Identity?.AuthenticationType is null or ApiKeyAuthenticationHandler.SchemeName ? ClaimType : jwtClaim;
        return caller.FindFirst(claimType)?.Value is { Length: > 0 } name ? name : null;
    }
}
