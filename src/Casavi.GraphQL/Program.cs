using Casavi.Client;
using Casavi.GraphQL.Composition;
using Casavi.GraphQL.Events;
using Casavi.GraphQL.Health;
using Casavi.GraphQL.Hosting;
using Casavi.GraphQL.Ide;
using Casavi.GraphQL.Security;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Transport;
using Casavi.GraphQL.Transport.Subscriptions;
using Microsoft.Extensions.Options;

// `dotnet Casavi.GraphQL.dll --health-check`: Docker's HEALTHCHECK probe of the running gateway; builds no host.
if (HealthProbeCommand.IsRequested(args))
    return await HealthProbeCommand.RunAsync();

const string GraphQLPath = "/graphql";

var builder = WebApplication.CreateBuilder(args).UseDevelopmentAddressByDefault().WithoutServerHeader();
try
{
    builder.AddGatewayTelemetry();
    await builder.AddCasaviUpstreamAsync();
    builder.Services.AddCasaviAccounts(builder.Configuration.GetSection(CasaviClientOptions.SectionName));
    builder.Services.AddCasaviGraph();
    builder.AddGatewayCache();
    builder.AddGatewayAuthentication();
    builder.AddCallerRateLimits();
    builder.AddGraphQLTransport();
    builder.AddGatewayHealthChecks();
    builder.AddGatewayCors();
    builder.AddCasaviEvents();

    var app = builder.Build().ValidateSettings();
    app.UseSecurityHeaders();
    app.UseCors();
    app.MapGatewayHealth();
    app.MapCasaviEvents();
    if (app.Services.GetRequiredService<IOptions<GatewayOptions>>().Value.Ide)
        app.MapBananaCakePop(GraphQLPath);
    app.UseGraphQLWebSockets(GraphQLPath);
    app.UseCallers();
    app.UseCallerRateLimits();
    app.MapGraphQLEndpoint(GraphQLPath).RequireCaller().RequireCallerRateLimit();
    app.AnnounceOnStart(GraphQLPath);
    await app.RunAsync();
    return 0;
}
catch (GatewaySettingsException refused)
{
    return StartupRefusal.Report(refused, builder.Configuration);
}

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
