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
    /// Registers every casavi Refit interface of <c>Casavi.Client.Api</c> and <see cref="ICasaviPager"/> for
    /// one account, with the settings of <paramref name="casaviSection"/> (the "Casavi" section), validated at start.
    /// </summary>
    public static IServiceCollection AddCasaviClient(this IServiceCollection services, IConfiguration casaviSection)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(casaviSection);
        return services.AddCasaviOptions(casaviSection).AddCasaviClientServices();
    }

    /// <summary>
    /// Registers every account of <paramref name="casaviSection"/> (<see cref="CasaviAccounts"/>), each with a client
    /// of its own, validated at start. The Refit interfaces and <see cref="ICasaviPager"/> are scoped: those of the
    /// scope's account (<see cref="CasaviAccountScope"/>).
    /// </summary>
    public static IServiceCollection AddCasaviAccounts(this IServiceCollection services, IConfiguration casaviSection)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(casaviSection);
        services.AddCasaviOptions(casaviSection).AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CasaviAccounts>();
        services.TryAddScoped<CasaviAccountScope>();
        CasaviApis.Register(new ForwardToAccount(services));
        services.TryAddScoped(scope => scope.GetRequiredService<CasaviAccountScope>().Account.Services.GetRequiredService<ICasaviPager>());
        return services;
    }

    private static IServiceCollection AddCasaviOptions(this IServiceCollection services, IConfiguration casaviSection)
    {
        services.AddOptions<CasaviClientOptions>().Bind(casaviSection).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CasaviClientOptions>, CasaviClientOptionsValidator>());
        return services;
    }

    /// <summary>The client of one account, whose settings are already registered.</summary>
    internal static IServiceCollection AddCasaviClientServices(this IServiceCollection services)
    {
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
        CasaviApis.Register(new RefitClient(services));

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

    private sealed class RefitClient(IServiceCollection services) : CasaviApis.IRegistration
    {
        public void Add<TApi>()
            where TApi : class =>
            services.AddRefitGeneratedClient<TApi>(CasaviRefitSettings.Create, CasaviHttpClientNames.Api);
    }

    private sealed class ForwardToAccount(IServiceCollection services) : CasaviApis.IRegistration
    {
        public void Add<TApi>()
            where TApi : class =>
            services.TryAddScoped(scope => scope.GetRequiredService<CasaviAccountScope>().Account.Services.GetRequiredService<TApi>());
    }
}
