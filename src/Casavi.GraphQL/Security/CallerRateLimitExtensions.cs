using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Security;

/// <summary>Per-caller rate limits on the GraphQL endpoint (<see cref="CallerRateLimitSettings"/>); health and the IDE page are not limited.</summary>
public static class CallerRateLimitExtensions
{
    private const string PolicyName = "Caller";

    public static WebApplicationBuilder AddCallerRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CallerRateLimitSettings>().BindConfiguration(CallerRateLimitSettings.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<CallerRateLimitSettings>, CallerRateLimitSettingsValidator>();
        builder.Services.AddSingleton<CallerBuckets>();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy<string, CallerRateLimitPolicy>(PolicyName);
        });
        return builder;
    }

    /// <summary>After <see cref="GatewayAuthenticationExtensions.UseCallers"/>: the limit partitions by the authenticated caller.</summary>
    public static WebApplication UseCallerRateLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Limits <paramref name="endpoint"/> per caller; over the limit it answers 429 with <c>RATE_LIMITED</c> before its request is read.</summary>
    public static TBuilder RequireCallerRateLimit<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireRateLimiting(PolicyName);
}
