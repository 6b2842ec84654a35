using Casavi.GraphQL.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Events;

/// <summary>casavi's events in (section "Gateway:Events"): off without <c>Gateway:Events:PublicUrl</c>.</summary>
public static class CasaviEventsExtensions
{
    public static WebApplicationBuilder AddCasaviEvents(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CasaviEventSettings>().BindConfiguration(CasaviEventSettings.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<CasaviEventSettings>, CasaviEventSettingsValidator>();
        if (string.IsNullOrWhiteSpace(builder.Configuration[$"{CasaviEventSettings.SectionName}:{nameof(CasaviEventSettings.PublicUrl)}"]))
            return builder;

        builder.Services.AddSingleton<EventReceivingPaths>();
        builder.Services.AddSingleton<PendingCasaviEvents>();
        builder.Services.AddSingleton<UnknownEventLog>();
        builder.Services.AddSingleton<HookRegistrationStatus>();
        builder.Services.AddHostedService<ChangePublishingWorker>();
        builder.Services.AddHostedService<HookRegistration>();
        builder.Services.AddHealthChecks().AddCheck<HookRegistrationHealthCheck>("casavi-events", HealthStatus.Degraded, [HealthEndpoints.ReadyTag]);
        return builder;
    }

    /// <summary>The receiving endpoint; neither caller authentication nor the caller rate limit applies, the token in the path is the credential.</summary>
    public static WebApplication MapCasaviEvents(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<CasaviEventSettings>>().Value.IsOn)
            app.MapPost(EventReceivingPaths.Route, CasaviEventEndpoint.ReceiveAsync);
        return app;
    }
}
