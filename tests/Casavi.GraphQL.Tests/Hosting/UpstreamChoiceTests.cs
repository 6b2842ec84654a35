using Casavi.GraphQL.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Casavi.GraphQL.Tests.Hosting;

public sealed class UpstreamChoiceTests
{
    private static readonly Dictionary<string, string?> CasaviAccount = new()
    {
        ["Casavi:BaseUrl"] = "https://api.mycasavi.com",
        ["Casavi:Key"] = "k",
        ["Casavi:Secret"] = "s",
    };

    [Fact]
    public void Development_without_casavi_settings_runs_on_the_sandbox() =>
        Assert.Equal(UpstreamKind.Sandbox, Decide(Environments.Development, []));

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Elsewhere_missing_settings_refuse_the_start_and_name_them(string environment)
    {
        var refusal = Assert.Throws<GatewaySettingsException>(() => Decide(environment, []));

        Assert.Contains("missing Casavi__BaseUrl, Casavi__Key, Casavi__Secret", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Casavi__Upstream=Sandbox", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refusal.Message);
    }

    [Fact]
    public void A_misspelt_setting_counts_as_missing_instead_of_falling_back_to_the_sandbox()
    {
        var refusal = Assert.Throws<GatewaySettingsException>(() => Decide(Environments.Production, new() { ["Casavi_BaseUrl"] = "https://api.mycasavi.com" }));

        Assert.Contains("missing Casavi__BaseUrl", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Partial_settings_in_development_are_refused_rather_than_replaced_by_the_sandbox()
    {
        var refusal = Assert.Throws<GatewaySettingsException>(() => Decide(Environments.Development, new() { ["Casavi:BaseUrl"] = "https://api.mycasavi.com" }));

        Assert.Contains("missing Casavi__Key, Casavi__Secret", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_settings_choose_casavi_in_any_environment()
    {
        Assert.Equal(UpstreamKind.Casavi, Decide(Environments.Production, CasaviAccount));
        Assert.Equal(UpstreamKind.Casavi, Decide(Environments.Development, CasaviAccount));
    }

    [Theory]
    [InlineData("Sandbox", UpstreamKind.Sandbox)]
    [InlineData("sandbox", UpstreamKind.Sandbox)]
    [InlineData("Casavi", UpstreamKind.Casavi)]
    public void The_explicit_choice_wins(string chosen, UpstreamKind expected)
    {
        var settings = new Dictionary<string, string?>(CasaviAccount) { ["Casavi:Upstream"] = chosen };

        Assert.Equal(expected, Decide(Environments.Production, settings));
    }

    [Fact]
    public void Choosing_casavi_without_its_settings_is_refused_even_in_development()
    {
        var refusal = Assert.Throws<GatewaySettingsException>(() => Decide(Environments.Development, new() { ["Casavi:Upstream"] = "Casavi" }));

        Assert.Contains("missing Casavi__BaseUrl", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Fake")]
    [InlineData("2")]
    public void An_unknown_choice_is_refused(string chosen)
    {
        var refusal = Assert.Throws<GatewaySettingsException>(() => Decide(Environments.Development, new() { ["Casavi:Upstream"] = chosen }));

        Assert.Equal("Casavi__Upstream must be Sandbox or Casavi.", refusal.Message);
    }

    private static UpstreamKind Decide(string environment, Dictionary<string, string?> settings) =>
        UpstreamChoice.Decide(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), new Environment(environment));

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Casavi.GraphQL";

        public string ContentRootPath { get; set; } = "";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
