using System.Security.Cryptography;
using System.Text;
using Casavi.GraphQL.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Casavi.GraphQL.Tests.Security;

/// <summary>A gateway that serves only callers with credentials: three API keys and locally signed JWTs.</summary>
public sealed class CallerGateway : IAsyncLifetime
{
    public const string ReaderKey = "reader-key-0b3f";
    public const string WriterKey = "writer-key-7c1d";
    public const string AdminKey = "admin-key-29ae";
    public const string Issuer = "https://id.example.com";
    public const string Audience = "casavi-gateway";

    private static readonly byte[] SigningKey = RandomNumberGenerator.GetBytes(32);

    public GatewayFixture Gateway { get; } = new(new Dictionary<string, string?>
    {
        ["Auth:AllowAnonymous"] = "false",
        ["Auth:ApiKeys:0:Name"] = "reporting",
        ["Auth:ApiKeys:0:KeyHash"] = Hash(ReaderKey),
        ["Auth:ApiKeys:0:Scopes:0"] = "casavi:read",
        ["Auth:ApiKeys:1:Name"] = "portal",
        ["Auth:ApiKeys:1:KeyHash"] = Hash(WriterKey),
        ["Auth:ApiKeys:1:Scopes:0"] = "casavi:read",
        ["Auth:ApiKeys:1:Scopes:1"] = "casavi:write",
        ["Auth:ApiKeys:2:Name"] = "operations",
        ["Auth:ApiKeys:2:KeyHash"] = Hash(AdminKey),
        ["Auth:ApiKeys:2:Scopes:0"] = "casavi:read",
        ["Auth:ApiKeys:2:Scopes:1"] = "casavi:write",
        ["Auth:ApiKeys:2:Scopes:2"] = "casavi:admin",
        ["Auth:Jwt:Issuer"] = Issuer,
        ["Auth:Jwt:Audience"] = Audience,
        ["Auth:Jwt:SigningKey"] = Convert.ToBase64String(SigningKey),
    });

    /// <summary>A token as the identity provider would issue it, signed with the configured key unless <paramref name="signingKey"/> says otherwise.</summary>
    public static string Token(IDictionary<string, object> claims, string audience = Audience, byte[]? signingKey = null, DateTime? expires = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Claims = claims,
            Expires = expires ?? DateTime.UtcNow.AddMinutes(5),
            NotBefore = (expires ?? DateTime.UtcNow.AddMinutes(5)).AddMinutes(-10),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(signingKey ?? SigningKey), SecurityAlgorithms.HmacSha256),
        });

    public Task InitializeAsync() => Gateway.InitializeAsync();

    public Task DisposeAsync() => Gateway.DisposeAsync();

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
