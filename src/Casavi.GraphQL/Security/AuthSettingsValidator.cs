using Casavi.Client;
using Casavi.GraphQL.Kernel.Access;
using Casavi.GraphQL.Kernel.Settings;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Security;

/// <summary>Checks the "Auth" section at start; each message names the setting.</summary>
internal sealed class AuthSettingsValidator(CasaviAccounts accounts) : IValidateOptions<AuthSettings>
{
    public ValidateOptionsResult Validate(string? name, AuthSettings settings)
    {
        var check = new SettingChecks();
        check.Require(
            settings.AllowAnonymous || settings.ApiKeys.Count > 0 || settings.Jwt.IsConfigured,
            "No caller could be served: configure Auth:ApiKeys or Auth:Jwt, or set Auth:AllowAnonymous=true.");
        check.Require(settings.AnonymousScopes.All(IsScope), $"Auth:AnonymousScopes may hold only {string.Join(", ", CasaviScopes.All)}.");
        if (settings.AllowAnonymous)
            RequireAccount(check, settings.AnonymousAccount, "Auth:AnonymousAccount");
        for (var i = 0; i < settings.ApiKeys.Count; i++)
        {
            var client = settings.ApiKeys[i];
            check.Require(!string.IsNullOrWhiteSpace(client.Name), $"Auth:ApiKeys:{i}:Name must name the caller.");
            check.Require(ApiKeyHash.IsHash(client.KeyHash), $"Auth:ApiKeys:{i}:KeyHash must be the SHA-256 of the key in 64 hex digits.");
            check.Require(client.Scopes.All(IsScope), $"Auth:ApiKeys:{i}:Scopes may hold only {string.Join(", ", CasaviScopes.All)}.");
            RequireAccount(check, client.Account, $"Auth:ApiKeys:{i}:Account");
        }

        if (settings.Jwt.IsConfigured)
        {
            check.Require(!string.IsNullOrWhiteSpace(settings.Jwt.AccountClaim), "Auth:Jwt:AccountClaim must name the claim that carries the caller's casavi account.");
            check.Require(!string.IsNullOrWhiteSpace(settings.Jwt.Audience), "Auth:Jwt:Audience must name the audience tokens are issued for.");
            check.Require(
                string.IsNullOrWhiteSpace(settings.Jwt.SigningKey) || JwtSigningKey.IsValid(settings.Jwt.SigningKey),
                "Auth:Jwt:SigningKey must be base64 of at least 32 bytes.");
            check.Require(
                string.IsNullOrWhiteSpace(settings.Jwt.SigningKey) || !string.IsNullOrWhiteSpace(settings.Jwt.Issuer),
                "Auth:Jwt:Issuer must name the issuer of tokens checked with Auth:Jwt:SigningKey.");
        }

        return check.Result;
    }

    /// <summary>A caller's account must be one the gateway serves; without one, the default account must exist.</summary>
    private void RequireAccount(SettingChecks check, string? account, string setting)
    {
        if (account is null)
            check.Require(accounts.Default is not null, $"{setting} must name one of the casavi accounts ({Names}): there is no default account.");
        else
            check.Require(accounts.Find(account) is not null, $"{setting} must name one of the casavi accounts ({Names}).");
    }

    private string Names => string.Join(", ", accounts.All.Select(account => account.Name));

    private static bool IsScope(string scope) => CasaviScopes.All.Contains(scope, StringComparer.Ordinal);
}
