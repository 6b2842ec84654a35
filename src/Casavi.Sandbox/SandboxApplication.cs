using System.Net;
using Casavi.Sandbox.Admin;
using Casavi.Sandbox.Auth;
using Casavi.Sandbox.Data;
using Casavi.Sandbox.Diagnostics;
using Casavi.Sandbox.Endpoints;
using Casavi.Sandbox.Faults;
using Casavi.Sandbox.Http;
using Casavi.Sandbox.Writes;
using Casavi.Sandbox.Writes.Import;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.Sandbox;

/// <summary>
/// Builds the sandbox's own web application: its own services, no configuration sources (the host
/// application's settings must not reach it), quiet logging, Kestrel on a free loopback port.
/// </summary>
internal static class SandboxApplication
{
    public static WebApplication Build(SandboxOptions options, SandboxData data)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Limits.MaxRequestBodySize = BodyLimitMiddleware.TransportLimitBytes;
        });

        var tokens = new TokenStore(TimeProvider.System);
        builder.Services
            .AddSingleton(options)
            .AddSingleton(data)
            .AddSingleton(TimeProvider.System)
            .AddSingleton(tokens)
            .AddSingleton(new SandboxKnobs(options, tokens))
            .AddSingleton<RequestCounter>()
            .AddSingleton<RuntimeIds>()
            .AddSingleton<ContentWriter>()
            .AddSingleton<SurveyWriter>()
            .AddSingleton<IntegrationWriter>()
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
        return app;
    }
}
