using Casavi.Sandbox.Admin;
using Casavi.Sandbox.Auth;
using Casavi.Sandbox.Data;
using Casavi.Sandbox.Diagnostics;
using Casavi.Sandbox.Endpoints;
using Casavi.Sandbox.Faults;
using Casavi.Sandbox.Hooks;
using Casavi.Sandbox.Http;
using Casavi.Sandbox.Writes;
using Casavi.Sandbox.Writes.Import;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.Sandbox;

/// <summary>
/// Builds the sandbox's own web application: its own services, no configuration sources (the host
/// application's settings must not reach it), quiet logging, Kestrel on a free loopback port.
/// </summary>
internal static class SandboxApplication
{
    public static WebApplication Build(SandboxOptions options, SandboxData data, IConfiguration? consoleLogging)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production", Args = [] });
        builder.Configuration.Sources.Clear();
        // A free loopback port, set where the host's URLS/ASPNETCORE_URLS (the gateway's addresses) would
        // be read: they never reach the sandbox, and Kestrel has nothing to override or warn about.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [WebHostDefaults.ServerUrlsKey] = "http://127.0.0.1:0",
        });
        builder.Logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning);
        if (consoleLogging is not null)
            builder.Services.Configure<ConsoleLoggerOptions>(consoleLogging);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = BodyLimitMiddleware.TransportLimitBytes);

        var tokens = new TokenStore(TimeProvider.System);
        builder.Services
            .AddSingleton(options)
            .AddSingleton(data)
            .AddSingleton(TimeProvider.System)
            .AddSingleton(tokens)
            .AddSingleton(new SandboxKnobs(options, tokens))
            .AddSingleton<RequestCounter>()
            .AddSingleton<HookDeliveries>()
            .AddSingleton<HookDispatcher>()
            .AddSingleton<RuntimeIds>()
            .AddSingleton<ContentWriter>()
            .AddSingleton<SurveyWriter>()
            .AddSingleton<IntegrationWriter>()
            .AddSingleton<TicketWriter>()
            .AddSingleton<ImportRunner>()
            .AddOwnDiagnosticNames();

        var app = builder.Build();
        app.UseMiddleware<ProblemMiddleware>();
        app.UseMiddleware<BodyLimitMiddleware>();
        app.UseRouting();
        app.UseWhen(context => context.Request.Path.StartsWithSegments(ApiRoutes.Api), api => api
            .UseMiddleware<RequestCountingMiddleware>()
            .UseMiddleware<LatencyMiddleware>()
            .UseMiddleware<FaultMiddleware>()
            .UseMiddleware<UnknownRouteMiddleware>()
            .UseMiddleware<DeviationMiddleware>()
            .UseMiddleware<TokenMiddleware>());

        app.MapAuthenticate();
        app.MapOpenApiDocument();
        app.MapProperties();
        app.MapUnits();
        app.MapContacts();
        app.MapTickets();
        app.MapSurveys();
        app.MapContent();
        app.MapIntegration();
        app.MapSandboxAdmin();
        app.MapSandboxTicketAdmin();
        return app;
    }
}
