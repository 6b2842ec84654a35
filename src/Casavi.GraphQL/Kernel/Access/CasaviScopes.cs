using System.Security.Claims;

namespace Casavi.GraphQL.Kernel.Access;

/// <summary>What a caller may do, as scopes in its credentials (an API key's configuration, a JWT's <c>scope</c> or <c>scp</c>).</summary>
public static class CasaviScopes
{
    /// <summary>Every query.</summary>
    public const string Read = "casavi:read";

    /// <summary>Mutations that write content: posts, appointments, surveys.</summary>
    public const string Write = "casavi:write";

    /// <summary>Mutations that change the account itself: imports, REST hooks, assembly topics.</summary>
    public const string Admin = "casavi:admin";

    public static readonly IReadOnlyList<string> All = [Read, Write, Admin];

    /// <summary>The claim types scopes come in; a claim may hold several, separated by spaces (OAuth 2.0's form).</summary>
    public static readonly IReadOnlyList<string> ClaimTypes = ["scope", "scp"];

    public static bool Grants(ClaimsPrincipal? caller, string scope) =>
        caller is not null && caller.Claims.Any(claim =>
            ClaimTypes.Contains(claim.Type) && claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(scope, StringComparer.Ordinal));
}
