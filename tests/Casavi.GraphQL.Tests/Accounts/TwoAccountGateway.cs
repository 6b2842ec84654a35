using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;
using Casavi.GraphQL.Tests.Security;
using Casavi.Sandbox;

namespace Casavi.GraphQL.Tests.Accounts;

/// <summary>
/// One gateway serving two casavi accounts seeded differently: the default one (its embedded sandbox)
/// and <see cref="SecondAccount"/> (a sandbox started here), with the cross-request cache on and a
/// configured cursor key, so that everything kept per account is really kept.
/// </summary>
public sealed class TwoAccountGateway : IAsyncLifetime
{
    public const string SecondAccount = "second";
    public const string DefaultKey = "default-caller-key";
    public const string SecondKey = "second-caller-key";
    private const string Audience = "casavi-gateway";
    private static readonly byte[] JwtKey = RandomNumberGenerator.GetBytes(32);

    public SandboxServer Second { get; private set; } = null!;

    public GatewayFixture Gateway { get; private set; } = null!;

    public SandboxServer Default => Gateway.Sandbox;

    public async Task InitializeAsync()
    {
        Second = await SandboxServer.StartAsync(new SandboxOptions { Seed = 7, Key = "second-key", Secret = "second-secret" });
        Gateway = new GatewayFixture(new Dictionary<string, string?>
        {
            // The embedded sandbox is the default account; named accounts alone would mean a real casavi.
            ["Casavi:Upstream"] = "Sandbox",
            [$"Casavi:Accounts:{SecondAccount}:BaseUrl"] = Second.BaseUrl.ToString(),
            [$"Casavi:Accounts:{SecondAccount}:Key"] = "second-key",
            [$"Casavi:Accounts:{SecondAccount}:Secret"] = "second-secret",
            ["Cache:Ttl"] = "00:05:00",
            ["Gateway:CursorSigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Auth:AllowAnonymous"] = "false",
            ["Auth:ApiKeys:0:Name"] = "default-caller",
            ["Auth:ApiKeys:0:KeyHash"] = Hash(DefaultKey),
            ["Auth:ApiKeys:0:Scopes:0"] = "casavi:read",
            ["Auth:ApiKeys:1:Name"] = "second-caller",
            ["Auth:ApiKeys:1:KeyHash"] = Hash(SecondKey),
            ["Auth:ApiKeys:1:Scopes:0"] = "casavi:read",
            ["Auth:ApiKeys:1:Account"] = SecondAccount,
            ["Auth:Jwt:Issuer"] = CallerGateway.Issuer,
            ["Auth:Jwt:Audience"] = Audience,
            ["Auth:Jwt:SigningKey"] = Convert.ToBase64String(JwtKey),
        });
        await Gateway.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Second.DisposeAsync();
    }

    /// <summary>A client that sends the API key <paramref name="key"/>.</summary>
    public HttpClient ClientWithKey(string key)
    {
        var client = Gateway.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>A client with a JWT that names <paramref name="account"/> in the claim casavi_account (or names none).</summary>
    public HttpClient ClientWithToken(string? account)
    {
        var claims = new Dictionary<string, object> { ["sub"] = "frontend-user", ["scope"] = "casavi:read" };
        if (account is not null)
            claims["casavi_account"] = account;
        var client = Gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", CallerGateway.Token(claims, Audience, JwtKey));
        return client;
    }

    public static Task<JsonElement> QueryAsync(HttpClient client, string query, object? variables = null) =>
        GatewayFixture.PostQueryAsync(client, query, variables, withCost: true);

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
