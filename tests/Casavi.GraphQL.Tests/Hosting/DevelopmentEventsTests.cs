using Casavi.GraphQL.Events;
using Casavi.GraphQL.Hosting;
using Casavi.GraphQL.Tests.Events;
using Casavi.GraphQL.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Tests.Hosting;

/// <summary>
/// <c>dotnet run</c> (Development on the embedded sandbox, at the development address) receives the sandbox's
/// events without settings; any other address, or a real casavi account, keeps them off unless configured.
/// </summary>
public sealed class DevelopmentEventsTests
{
    [Fact]
    public async Task In_development_at_the_development_address_the_sandbox_calls_the_gateway_back()
    {
        await using var gateway = await StartAsync(("urls", null));

        Assert.Equal(new Uri(DevelopmentAddress.Url), PublicUrl(gateway));
        await EventsGateway.WhenRegisteredAsync(gateway.Services);
        var paths = gateway.Services.GetRequiredService<EventReceivingPaths>();
        Assert.Contains(gateway.Sandbox.Data.RestHooks.All(), hook => hook.TargetUrl == paths.UrlFor("default"));
        Assert.StartsWith($"{DevelopmentAddress.Url}/casavi/events/default/", paths.UrlFor("default"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("urls", "http://127.0.0.1:5999")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://127.0.0.1:5999")]
    [InlineData("environment", "Staging")]
    public async Task Elsewhere_events_stay_off(string key, string value)
    {
        await using var gateway = await StartAsync(("urls", null), (key, value));

        Assert.Null(PublicUrl(gateway));
    }

    [Fact]
    public async Task Beside_a_real_casavi_account_events_stay_off()
    {
        await using var gateway = await StartAsync(
            ("urls", null),
            ("Casavi:Accounts:second:BaseUrl", "https://casavi.example.invalid"),
            ("Casavi:Accounts:second:Key", "second-key"),
            ("Casavi:Accounts:second:Secret", "second-secret"));

        Assert.Null(PublicUrl(gateway));
    }

    [Fact]
    public async Task A_configured_public_url_is_kept()
    {
        await using var gateway = await StartAsync(("urls", null), ("Gateway:Events:PublicUrl", "https://gateway.example.com"));

        Assert.Equal(new Uri("https://gateway.example.com"), PublicUrl(gateway));
    }

    private static async Task<GatewayFixture> StartAsync(params (string Key, string? Value)[] settings)
    {
        var all = new Dictionary<string, string?> { ["environment"] = "Development", ["Casavi:Upstream"] = "Sandbox" };
        foreach (var (key, value) in settings)
            all[key] = value;
        var gateway = new GatewayFixture(all);
        await gateway.InitializeAsync();
        return gateway;
    }

    private static Uri? PublicUrl(GatewayFixture gateway) =>
        gateway.Services.GetRequiredService<IOptions<CasaviEventSettings>>().Value.PublicUrl;
}
