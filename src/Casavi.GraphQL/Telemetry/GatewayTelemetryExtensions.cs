using Casavi.Client.Diagnostics;
using Casavi.GraphQL.Kernel.Diagnostics;
using Casavi.GraphQL.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

// In ASP.NET Core's builder namespace, like the framework's own builder extensions: Program needs no using for it.
namespace Microsoft.AspNetCore.Builder;

public static class GatewayTelemetryExtensions
{
    private const string DefaultServiceName = "casavi-graphql";
    private const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    private const string ServiceNameKey = "OTEL_SERVICE_NAME";
    private const string HealthPath = "/health";

    /// <summary>
    /// OpenTelemetry traces and metrics: ASP.NET Core and HttpClient instrumentation plus the spans and
    /// meters of the gateway and of the casavi client. They are exported over OTLP only when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (setting or environment variable; the other
    /// <c>OTEL_*</c> variables apply as usual); otherwise nothing leaves the process.
    /// </summary>
    public static WebApplicationBuilder AddGatewayTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var telemetry = builder.Services.AddOpenTelemetry()
            // An explicit service name would override OTEL_SERVICE_NAME, so it is only the fallback.
            .ConfigureResource(resource => resource.AddService(configuration[ServiceNameKey] ?? DefaultServiceName))
            .WithTracing(tracing => tracing
                .AddSource(GatewayTracing.Name, CasaviClientTelemetry.Name)
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !context.Request.Path.StartsWithSegments(HealthPath))
                // casavi attempts have their own spans, named by endpoint template.
                .AddHttpClientInstrumentation(http => http.FilterHttpRequestMessage = request => !CasaviClientTelemetry.IsTracedByClient(request)))
            .WithMetrics(metrics => metrics
                .AddMeter(GatewayTracing.Name, CasaviClientTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]))
            telemetry.UseOtlpExporter();
        return builder;
    }
}
