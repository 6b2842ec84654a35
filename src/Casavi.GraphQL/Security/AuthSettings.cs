namespace Casavi.GraphQL.Security;

/// <summary>Who may call the gateway (section "Auth"), checked at start by <see cref="AuthSettingsValidator"/>.</summary>
public sealed class AuthSettings
{
    public const string SectionName = "Auth";

    /// <summary>
    /// Serves requests that bring no credentials, with <see cref="AnonymousScopes"/>. Off unless set:
    /// appsettings.Development.json turns it on with every scope, so the sandbox run needs no credentials.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>What an anonymous caller may do (casavi:read, casavi:write, casavi:admin).</summary>
    public IList<string> AnonymousScopes { get; } = [];

    /// <summary>The casavi account anonymous callers read (a name under <c>Casavi:Accounts</c>); the default account when unset.</summary>
    public string? AnonymousAccount { get; set; }

    /// <summary>Server-to-server callers, each with its own key.</summary>
    public IList<ApiKeyClient> ApiKeys { get; } = [];

    /// <summary>Frontends that sign in at an identity provider and send its JWT.</summary>
    public JwtSettings Jwt { get; set; } = new();

    /// <summary>A caller with an API key: its key is stored only as a hash.</summary>
    public sealed class ApiKeyClient
    {
        /// <summary>Names the caller in logs.</summary>
        public string Name { get; set; } = "";

        /// <summary>SHA-256 of the key, 64 hex digits (e.g. <c>printf %s "$KEY" | sha256sum</c>).</summary>
        public string KeyHash { get; set; } = "";

        public IList<string> Scopes { get; } = [];

        /// <summary>The casavi account this caller reads and writes (a name under <c>Casavi:Accounts</c>); the default account when unset.</summary>
        public string? Account { get; set; }
    }

    /// <summary>JWT bearer tokens: from an OpenID Connect authority, or signed with a shared key.</summary>
    public sealed class JwtSettings
    {
        /// <summary>The identity provider (its discovery document gives issuer and signing keys).</summary>
        public string? Authority { get; set; }

        /// <summary>The audience the tokens must name.</summary>
        public string? Audience { get; set; }

        /// <summary>The issuer tokens must name when they are checked with <see cref="SigningKey"/>.</summary>
        public string? Issuer { get; set; }

        /// <summary>A base64 HMAC key (at least 32 bytes) that signs the tokens, instead of an authority.</summary>
        public string? SigningKey { get; set; }

        /// <summary>The claim that names the caller's casavi account; tokens without it use the default account.</summary>
        public string AccountClaim { get; set; } = CallerAccounts.ClaimType;

        public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(SigningKey);
    }
}
