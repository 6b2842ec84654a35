using Casavi.GraphQL.Kernel.Access;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Security;

/// <summary>Checks the "Auth" section at start; each message names the setting.</summary>
internal sealed class AuthSettingsValidator : IValidateOptions<AuthSettings>
{
    public ValidateOptionsResult Validate(string? name, AuthSettings settings)
    {
        var failures = new List<string>();
        void Require(bool condition, string failure)
        {
            if (!condition) failures.Add(failure);
        }

        Require(
            settings.AllowAnonymous || settings.ApiKeys.Count > 0 || settings.Jwt.IsConfigured,
            "No caller could be served: configure Auth:ApiKeys or Auth:Jwt, or set Auth:AllowAnonymous=true.");
        Require(settings.AnonymousScopes.All(IsScope), $"Auth:AnonymousScopes may hold only {string.Join(", ", CasaviScopes.All)}.");
        for (var i = 0; i < settings.ApiKeys.Count; i++)
        {
            var client = settings.ApiKeys[i];
            Require(!string.IsNullOrWhiteSpace(client.Name), $"Auth:ApiKeys:{i}:Name must name the caller.");
            Require(ApiKeyHash.IsHash(client.KeyHash), $"Auth:ApiKeys:{i}:KeyHash must be the SHA-256 of the key in 64 hex digits.");
            Require(client.Scopes.All(IsScope), $"Auth:ApiKeys:{i}:Scopes may hold only {string.Join(", ", CasaviScopes.All)}.");
        }

        if (settings.Jwt.IsConfigured)
        {
            Require(!string.IsNullOrWhiteSpace(settings.Jwt.Audience), "Auth:Jwt:Audience must name the audience tokens are issued for.");
            Require(
                string.IsNullOrWhiteSpace(settings.Jwt.SigningKey) || JwtSigningKey.IsValid(settings.Jwt.SigningKey),
                "Auth:Jwt:SigningKey must be base64 of at least 32 bytes.");
            Require(
                string.IsNullOrWhiteSpace(settings.Jwt.SigningKey) || !string.IsNullOrWhiteSpace(settings.Jwt.Issuer),
                "Auth:Jwt:Issuer must name the issuer of tokens checked with Auth:Jwt:SigningKey.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsScope(string scope) => CasaviScopes.All.Contains(scope, StringComparer.Ordinal);
}
