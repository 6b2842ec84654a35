using Casavi.GraphQL.Kernel.Caching;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Health;

/// <summary>
/// <c>GET /health/live</c>: the process serves requests (no dependency is asked).
/// <c>GET /health/ready</c>: every check tagged "ready" passes (casavi; Redis when configured, which only degrades).
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    public const string ReadyTag = "ready";

    public static IHostApplicationBuilder AddGatewayHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HealthSettings>()
            .BindConfiguration(HealthSettings.SectionName)
            .Validate(o => o.ReadyCacheDuration >= TimeSpan.Zero, "Health:ReadyCacheDuration must not be negative.")
            .Validate(o => o.ProbeTimeout > TimeSpan.Zero, "Health:ProbeTimeout must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<HealthSettings>>().Value);
        builder.Services.AddSingleton<CasaviReadinessCheck>();
        var checks = builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            "casavi",
            services => services.GetRequiredService<CasaviReadinessCheck>(),
            HealthStatus.Unhealthy,
            [ReadyTag]));
        checks.AddRedisCacheCheck(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// The Redis cache check, when <c>Cache:Redis</c> is set (<see cref="RedisSecondLevelExtensions.AddRedisSecondLevel"/>
    /// registers the cache it asks); Degraded, which <c>/health/ready</c> answers with 200.
    /// </summary>
    public static IHealthChecksBuilder AddRedisCacheCheck(this IHealthChecksBuilder checks, IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(configuration[$"{CacheOptions.SectionName}:{nameof(CacheOptions.Redis)}"]))
            checks.AddCheck<RedisCacheHealthCheck>("redis", HealthStatus.Degraded, [ReadyTag]);
        return checks;
    }

    public static WebApplication MapGatewayHealth(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthReportWriter.WriteAsync });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = HealthReportWriter.WriteAsync });
        return app;
    }
}
