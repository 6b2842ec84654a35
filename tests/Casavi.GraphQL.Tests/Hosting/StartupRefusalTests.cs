using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Hosting;

/// <summary>Invalid settings stop the real process before it serves: exit code 1 and one line naming the setting.</summary>
[Collection(GatewayProcessTestGroup.Name)]
public sealed class StartupRefusalTests
{
    public static TheoryData<string, string, string> BadSettings => new()
    {
        { "", "", "missing Casavi__BaseUrl, Casavi__Key, Casavi__Secret" },
        { "Casavi_BaseUrl", "https://api.mycasavi.com", "missing Casavi__BaseUrl" },
        { "Casavi__BaseUrl", "not-a-url", "Casavi:BaseUrl must be an absolute http(s) URL" },
        { "Casavi__BaseUrl", "https://api.mycasavi.com/v2", "Casavi:BaseUrl must be the API root without /v2" },
        { "Casavi__Secret", " ", "missing Casavi__Secret" },
        { "Casavi__TotalTimeout", "00:00:00", "Casavi:TotalTimeout must be at least 10 ms." },
        { "Casavi__AttemptTimeout", "ten seconds", "'Casavi:AttemptTimeout'" },
        { "Casavi__MaxConcurrentRequests", "0", "Casavi:MaxConcurrentRequests must be at least 1." },
        { "Gateway__MaxQueryLength", "-1", "Gateway:MaxQueryLength must be a positive number" },
        { "Gateway__ExposeUpstreamCost", "false", "Gateway:CursorSigningKey must be base64 of at least 32 random bytes" },
        { "Gateway__CursorSigningKey", "c2hvcnQ=", "Gateway:CursorSigningKey must be base64 of at least 32 random bytes" },
        { "Gateway__Cors__AllowedOrigins__0", "https://app.example.com/path", "Gateway:Cors:AllowedOrigins must list origins" },
        { "Casavi__Upstream", "Fake", "Casavi__Upstream must be Sandbox or Casavi." },
        { "Cache__RedisTimeout", "00:00:00", "Cache:RedisTimeout must be positive." },
        { "Cache__Redis", "redis:6379,password=secret,unknown=1", "Cache:Redis must be a StackExchange.Redis connection string" },
        { "Gateway__RateLimit__Burst", "10", "Gateway:RateLimit:Burst must be at least Gateway:RateLimit:PermitsPerSecond." },
        { "Auth__AllowAnonymous", "false", "No caller could be served: configure Auth:ApiKeys or Auth:Jwt, or set Auth:AllowAnonymous=true." },
        { "Auth__ApiKeys__0__KeyHash", "not-a-hash", "Auth:ApiKeys:0:KeyHash must be the SHA-256 of the key in 64 hex digits." },
        { "Auth__Jwt__SigningKey", "c2hvcnQ=", "Auth:Jwt:SigningKey must be base64 of at least 32 bytes." },
        { "Casavi__Accounts__b.c__BaseUrl", "https://api.mycasavi.com", "Casavi:Accounts:b.c is not a valid account name" },
        { "Casavi__Accounts__second__BaseUrl", "https://api.mycasavi.com", "Casavi:Accounts:second:Key is required." },
        { "Auth__ApiKeys__0__Account", "elsewhere", "Auth:ApiKeys:0:Account must name one of the casavi accounts (default)." },
        { "Gateway__MaxFieldRepeats", "0", "Gateway:MaxFieldRepeats must be a positive number of fields." },
        { "Gateway__MaxFragments", "-1", "Gateway:MaxFragments must not be negative." },
        { "Gateway__RateLimit__PermitsPerCostRefusal", "0", "Gateway:RateLimit:PermitsPerCostRefusal must be at least 1" },
        { "Gateway__PersistedQueries__Expiration", "00:00:00", "Gateway:PersistedQueries:Expiration must be positive." },
        { "Gateway__TrustedDocuments__Mode", "Only", "Gateway:TrustedDocuments:Path must name a manifest file or directory when Gateway:TrustedDocuments:Mode is Only." },
        { "Gateway__TrustedDocuments__Mode", "Sometimes", "'Gateway:TrustedDocuments:Mode'" },
        { "Gateway__Events__PublicUrl", "https://gateway.example.com", "Gateway:Events:SigningKey must be base64 of at least 32 random bytes" },
        { "Gateway__Events__PublicUrl", "gateway.example.com", "Gateway:Events:PublicUrl must be the absolute http(s) URL" },
        { "Gateway__Events__SigningKey", "c2hvcnQ=", "Gateway:Events:SigningKey must be base64 of at least 32 random bytes" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task A_bad_setting_refuses_the_start_with_one_line_that_names_it(string setting, string value, string expected)
    {
        var settings = setting.Length > 0 ? new Dictionary<string, string> { [setting] = value } : [];
        await AssertRefusedAsync(settings, completeCasavi: !setting.StartsWith("Casavi_BaseUrl", StringComparison.Ordinal) && setting.Length > 0, expected);
    }

    [Fact]
    public async Task A_trusted_document_whose_hash_is_wrong_refuses_the_start_naming_the_entry()
    {
        var manifest = Path.Combine(Path.GetTempPath(), $"trusted-documents-{Guid.NewGuid():N}.json");
        var wrongHash = new string('0', 64);
        await File.WriteAllTextAsync(manifest, $$"""{ "{{wrongHash}}": "{ __typename }" }""");
        try
        {
            var settings = new Dictionary<string, string> { ["Gateway__TrustedDocuments__Mode"] = "Only", ["Gateway__TrustedDocuments__Path"] = manifest };
            await AssertRefusedAsync(settings, completeCasavi: true, $"entry '{wrongHash}' is not the SHA-256");
        }
        finally
        {
            File.Delete(manifest);
        }
    }

    private static async Task AssertRefusedAsync(Dictionary<string, string> settings, bool completeCasavi, string expected)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{GatewayProcess.FreePort()}",
            // Callers are served, so each case is refused for its own setting only.
            ["Auth__AllowAnonymous"] = "true",
        };
        // Complete casavi settings, so each case is refused for its own setting only.
        if (completeCasavi)
        {
            environment["Casavi__BaseUrl"] = "https://api.mycasavi.com";
            environment["Casavi__Key"] = "key";
            environment["Casavi__Secret"] = "secret";
        }

        foreach (var (setting, value) in settings)
            environment[setting] = value;
        await using var gateway = GatewayProcess.Start(environment);

        var exitCode = await gateway.ExitCodeAsync();

        Assert.Equal(1, exitCode);
        var lines = gateway.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("Start-up refused: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", line, StringComparison.Ordinal);
    }
}
