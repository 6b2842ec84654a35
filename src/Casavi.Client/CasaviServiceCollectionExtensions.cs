using Casavi.Client.Api;
using Casavi.Client.Authentication;
using Casavi.Client.Diagnostics;
using Casavi.Client.Errors;
using Casavi.Client.Paging;
using Casavi.Client.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Telemetry;
using Refit;

namespace Casavi.Client;

public static class CasaviServiceCollectionExtensions
{
    /// <summary>
    /// Registers every casavi Refit interface of <c>Casavi.Client.Api</c> and <see cref="ICasaviPager"/>,
    /// with the settings of <paramref name="casaviSection"/> (the "Casavi" section), validated at start.
    /// </summary>
    public static IServiceCollection AddCasaviClient(this IServiceCollection services, IConfiguration casaviSection)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(casaviSection);

        services.AddOptions<CasaviClientOptions>().Bind(casaviSection).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CasaviClientOptions>, CasaviClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CasaviAuthenticator>();
        services.TryAddSingleton<CasaviTokenProvider>();
        services.TryAddSingleton<ICasaviPager, CasaviPager>();
        services.TryAddSingleton<CasaviHttpLogger>();
        services.TryAddSingleton<CasaviFailureSummary>();
        services.TryAddSingleton<RateLimitPause>();
        services.AddOptions<TelemetryOptions>().Configure(telemetry => telemetry.SeverityProvider = PollyEventSeverity.Of);
        services.AddMetrics().TryAddSingleton<CasaviClientMetrics>();
        services.TryAddTransient<CasaviTransportErrorHandler>();
        services.TryAddTransient<CasaviTokenHandler>();
        services.TryAddTransient<CasaviBudgetHandler>();
        services.TryAddTransient<CasaviCallTrackingHandler>();

        AddApi<IPropertiesApi>(services);
        AddApi<IUnitsApi>(services);
        AddApi<IContactsApi>(services);
        AddApi<ISubcommunitiesApi>(services);
        AddApi<IStaffApi>(services);
        AddApi<ITicketsApi>(services);
        AddApi<IPostsApi>(services);
        AddApi<IDocumentsApi>(services);
        AddApi<IAppointmentsApi>(services);
        AddApi<IConsumptionApi>(services);
        AddApi<IJobsApi>(services);
        AddApi<IRestHooksApi>(services);
        AddApi<IVulcavoApi>(services);

        // Handlers run in this order around the primary handler: error typing, resilience, token, budget, call tracking, logging.
        var api = ConfigureClient(services.AddHttpClient(CasaviHttpClientNames.Api));
        api.AddResilienceHandler(CasaviResiliencePipeline.Name, (builder, context) => CasaviResiliencePipeline.Configure(
            builder,
            Options(context.ServiceProvider),
            context.ServiceProvider.GetRequiredService<TimeProvider>(),
            context.ServiceProvider.GetRequiredService<CasaviClientMetrics>(),
            context.ServiceProvider.GetRequiredService<RateLimitPause>()));
        api.AddHttpMessageHandler<CasaviTokenHandler>().AddHttpMessageHandler<CasaviBudgetHandler>().AddHttpMessageHandler<CasaviCallTrackingHandler>();

        var authenticate = ConfigureClient(services.AddHttpClient(CasaviHttpClientNames.Authenticate));
        authenticate.AddResilienceHandler("casavi-authenticate", (builder, context) => builder.AddTimeout(Options(context.ServiceProvider).AttemptTimeout));
        authenticate.AddHttpMessageHandler<CasaviCallTrackingHandler>();

        return services;
    }

    private static void AddApi<TApi>(IServiceCollection services)
        where TApi : class =>
        services.AddRefitGeneratedClient<TApi>(CasaviRefitSettings.Create, CasaviHttpClientNames.Api);

    private static CasaviClientOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<CasaviClientOptions>>().Value;

    /// <summary>Base address, the casavi logger instead of the header-logging defaults, and typed transport errors outermost.</summary>
    private static IHttpClientBuilder ConfigureClient(IHttpClientBuilder client) => client
        .ConfigureHttpClient((services, http) =>
        {
            http.BaseAddress = Options(services).BaseUrl;
            // The resilience pipeline's timeouts govern; HttpClient's own 100 s would cut across them.
            http.Timeout = Timeout.InfiniteTimeSpan;
        })
        .RemoveAllLoggers()
        .AddLogger<CasaviHttpLogger>()
        .AddHttpMessageHandler<CasaviTransportErrorHandler>();
}
