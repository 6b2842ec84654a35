using System.Net;
using System.Security.Claims;
using Casavi.GraphQL.Security;

namespace Casavi.GraphQL.Tests.Security;

/// <summary>Gateway:RateLimit is checked at start, and who counts as one caller.</summary>
public sealed class CallerRateLimitSettingsTests
{
    [Theory]
    [InlineData(-1, 200, 0, "Gateway:RateLimit:PermitsPerSecond must not be negative (0 turns the limit off).")]
    [InlineData(100, 200, -1, "Gateway:RateLimit:QueueLimit must not be negative.")]
    [InlineData(100, 50, 0, "Gateway:RateLimit:Burst must be at least Gateway:RateLimit:PermitsPerSecond.")]
    public void Bad_settings_are_refused_naming_the_setting(int permitsPerSecond, int burst, int queueLimit, string expected)
    {
        var result = Validate(permitsPerSecond, burst, queueLimit);

        Assert.True(result.Failed);
        Assert.Equal([expected], result.Failures);
    }

    [Theory]
    [InlineData(100, 200, 0)]
    [InlineData(0, 0, 0)]
    [InlineData(5, 5, 10)]
    public void Good_settings_pass_and_0_turns_the_limit_off(int permitsPerSecond, int burst, int queueLimit)
    {
        Assert.True(Validate(permitsPerSecond, burst, queueLimit).Succeeded);
        Assert.Equal(permitsPerSecond > 0, new CallerRateLimitSettings { PermitsPerSecond = permitsPerSecond }.IsOn);
    }

    [Fact]
    public void A_cost_refusal_takes_at_least_the_permit_of_any_request()
    {
        var result = new CallerRateLimitSettingsValidator().Validate(null, new CallerRateLimitSettings { PermitsPerCostRefusal = 0 });

        Assert.Equal(["Gateway:RateLimit:PermitsPerCostRefusal must be at least 1 (the permit every request takes)."], result.Failures);
    }

    [Fact]
    public void Callers_are_told_apart_by_api_key_client_then_jwt_subject_then_address()
    {
        var apiKey = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "reporting")], "ApiKey"));
        var jwt = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "reporting")], "AuthenticationTypes.Federation"));
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity([new Claim("scope", "casavi:read")]));

        Assert.Equal("key:reporting", CallerRateLimitPolicy.CallerKey(apiKey, IPAddress.Loopback));
        Assert.Equal("sub:reporting", CallerRateLimitPolicy.CallerKey(jwt, IPAddress.Loopback));
        Assert.Equal("ip:192.0.2.7", CallerRateLimitPolicy.CallerKey(anonymous, IPAddress.Parse("192.0.2.7")));
        Assert.Equal("ip:192.0.2.7", CallerRateLimitPolicy.CallerKey(anonymous, IPAddress.Parse("::ffff:192.0.2.7")));
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(int permitsPerSecond, int burst, int queueLimit) =>
        new CallerRateLimitSettingsValidator().Validate(null, new CallerRateLimitSettings { PermitsPerSecond = permitsPerSecond, Burst = burst, QueueLimit = queueLimit });
}
