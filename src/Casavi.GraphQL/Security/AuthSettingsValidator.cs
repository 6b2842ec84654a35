using Casavi.GraphQL.Kernel.Access;
using Casavi.GraphQL.Kernel.Settings;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Security;

/// <summary>Checks the "Auth" section at start; each message names the setting.</summary>
internal sealed class AuthSettingsValidator : IValidateOptions<AuthSettings>
{
    public ValidateOptionsResult Validate(string? name, AuthSettings settings)
    {
        var check = new SettingChecks();
        check.Require(
            settings.AllowAnonymous || settings.ApiKeys.Count > 0 || settings.Jwt.IsConfigured,
            "No caller could be served: configure Auth:ApiKeys or Auth:Jwt, or set Auth:AllowAnonymous=true.");
        check.Require(settings.AnonymousScopes.All(IsScope), $"Auth:AnonymousScopes may hold only {string.Join(", ", CasaviScopes.All)}.");
        for (var i = 0; i < settings.ApiKeys.Count; i++)
        {
            var client = settings.ApiKeys[i];
            check.Require(!string.IsNullOrWhiteSpace(client.Name), $"Auth:ApiKeys:{i}:Name must name the caller.");
            check.Require(ApiKeyHash.IsHash(client.KeyHash), $"Auth:ApiKeys:{i}:KeyHash must be the SHA-256 of the key in 64 hex digits.");
            check.Require(client.Scopes.All(IsScope), $"Auth:ApiKeys:{i}:Scopes may hold only {string.Join(", ", CasaviScopes.All)}.");
        }

        if (settings.Jwt.IsConfigured)
        {
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

    private static bool IsScope(string scope) => CasaviScopes.All.Contains(scope, StringComparer.Ordinal);
}
