using System.Security.Cryptography;
using System.Text;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Security;

/// <summary>A gateway with a tight per-caller limit: two API-key clients and anonymous readers.</summary>
public sealed class RateLimitedGateway : IAsyncLifetime
{
    public const string ReportingKey = "reporting-key-51d2";
    public const string PortalKey = "portal-key-e84a";

    /// <summary>Small enough to run out within a test; one permit a second comes back, so a test sends until it is refused.</summary>
    public const int Burst = 3;

    public GatewayFixture Gateway { get; } = new(new Dictionary<string, string?>
    {
        ["Gateway:RateLimit:PermitsPerSecond"] = "1",
        ["Gateway:RateLimit:Burst"] = $"{Burst}",
        ["Auth:AllowAnonymous"] = "true",
        ["Auth:AnonymousScopes:0"] = "casavi:read",
        ["Auth:ApiKeys:0:Name"] = "reporting",
        ["Auth:ApiKeys:0:KeyHash"] = Hash(ReportingKey),
        ["Auth:ApiKeys:0:Scopes:0"] = "casavi:read",
        ["Auth:ApiKeys:1:Name"] = "portal",
        ["Auth:ApiKeys:1:KeyHash"] = Hash(PortalKey),
        ["Auth:ApiKeys:1:Scopes:0"] = "casavi:read",
    });

    public Task InitializeAsync() => Gateway.InitializeAsync();

    public Task DisposeAsync() => Gateway.DisposeAsync();

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
