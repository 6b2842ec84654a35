using Casavi.Client.Api;
using Casavi.Client.Paging;
using Casavi.Client.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Casavi.Client.Tests;

public sealed class OptionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> casavi)
    {
        return new ServiceCollection().AddCasaviClient(CasaviSection.Of(casavi)).BuildServiceProvider();
    }

    [Fact]
    public void Every_setting_binds_from_the_casavi_section()
    {
        using var services = Build(new()
        {
            ["BaseUrl"] = "https://api.mycasavi.com",
            ["Key"] = "k",
            ["Secret"] = "s",
            ["MaxConcurrentRequests"] = "4",
            ["QueueLimit"] = "50",
            ["AttemptTimeout"] = "00:00:03",
            ["TotalTimeout"] = "00:00:20",
            ["Retry:MaxRetryAttempts"] = "5",
            ["Retry:BaseDelay"] = "00:00:00.500",
            ["CircuitBreaker:FailureRatio"] = "0.25",
            ["CircuitBreaker:MinimumThroughput"] = "8",
            ["CircuitBreaker:SamplingDuration"] = "00:01:00",
            ["CircuitBreaker:BreakDuration"] = "00:00:05",
            ["TokenRefreshMargin"] = "00:02:00",
        });

        var options = services.GetRequiredService<IOptions<CasaviClientOptions>>().Value;

        Assert.Equal(new Uri("https://api.mycasavi.com"), options.BaseUrl);
        Assert.Equal((4, 50), (options.MaxConcurrentRequests, options.QueueLimit));
        Assert.Equal((TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(20)), (options.AttemptTimeout, options.TotalTimeout));
        Assert.Equal((5, TimeSpan.FromMilliseconds(500)), (options.Retry.MaxRetryAttempts, options.Retry.BaseDelay));
        Assert.Equal(0.25, options.CircuitBreaker.FailureRatio);
        Assert.Equal(8, options.CircuitBreaker.MinimumThroughput);
        Assert.Equal((TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(5)), (options.CircuitBreaker.SamplingDuration, options.CircuitBreaker.BreakDuration));
        Assert.Equal(TimeSpan.FromMinutes(2), options.TokenRefreshMargin);
    }

    [Fact]
    public void Defaults_match_the_documented_values()
    {
        var options = new CasaviClientOptions();

        Assert.Equal((16, 10_000), (options.MaxConcurrentRequests, options.QueueLimit));
        Assert.Equal((TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(20)), (options.AttemptTimeout, options.TotalTimeout));
        Assert.Equal(TimeSpan.FromSeconds(5), options.RateLimitWaitLimit);
        Assert.Equal((3, TimeSpan.FromMilliseconds(200)), (options.Retry.MaxRetryAttempts, options.Retry.BaseDelay));
        Assert.Equal((0.5, 20), (options.CircuitBreaker.FailureRatio, options.CircuitBreaker.MinimumThroughput));
        Assert.Equal((TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(15)), (options.CircuitBreaker.SamplingDuration, options.CircuitBreaker.BreakDuration));
        Assert.Equal(TimeSpan.FromSeconds(60), options.TokenRefreshMargin);
    }

    [Theory]
    [InlineData("/v2", "k", "Casavi:BaseUrl must be an absolute http(s) URL such as https://api.mycasavi.com.")]
    [InlineData("not-a-url", "k", "Casavi:BaseUrl must be an absolute http(s) URL such as https://api.mycasavi.com.")]
    [InlineData("ftp://casavi.test", "k", "Casavi:BaseUrl must be an absolute http(s) URL such as https://api.mycasavi.com.")]
    [InlineData("https://api.mycasavi.com/v2", "k", "Casavi:BaseUrl must be the API root without /v2 (request paths add it), e.g. https://api.mycasavi.com.")]
    [InlineData("https://proxy.test/casavi/v2/", "k", "Casavi:BaseUrl must be the API root without /v2 (request paths add it), e.g. https://api.mycasavi.com.")]
    [InlineData("https://casavi.test", "", "Casavi:Key is required.")]
    public void Invalid_settings_fail_the_start_without_echoing_the_secret(string baseUrl, string key, string failure)
    {
        using var services = Build(new() { ["BaseUrl"] = baseUrl, ["Key"] = key, ["Secret"] = "very-secret-value" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(failure, error.Failures);
        Assert.DoesNotContain("very-secret-value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_range_resilience_settings_are_reported_together()
    {
        using var services = Build(new()
        {
            ["BaseUrl"] = "https://casavi.test",
            ["Key"] = "k",
            ["Secret"] = "s",
            ["MaxConcurrentRequests"] = "0",
            ["AttemptTimeout"] = "00:02:00",
            ["CircuitBreaker:FailureRatio"] = "1.5",
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CasaviClientOptions>>().Value);

        Assert.Equal(
            [
                "Casavi:MaxConcurrentRequests must be at least 1.",
                "Casavi:AttemptTimeout must be between 10 ms and TotalTimeout.",
                "Casavi:CircuitBreaker:FailureRatio must be in (0, 1].",
            ],
            error.Failures);
    }

    [Fact]
    public void Every_refit_interface_of_the_api_namespace_and_the_pager_are_registered()
    {
        using var services = Build(new() { ["BaseUrl"] = "https://casavi.test", ["Key"] = "k", ["Secret"] = "s" });
        var apis = typeof(IPropertiesApi).Assembly.GetExportedTypes()
            .Where(type => type.IsInterface && type.Namespace == typeof(IPropertiesApi).Namespace)
            .ToList();

        Assert.Equal(13, apis.Count);
        Assert.All(apis, api => Assert.NotNull(services.GetRequiredService(api)));
        Assert.NotNull(services.GetRequiredService<ICasaviPager>());
    }
}
