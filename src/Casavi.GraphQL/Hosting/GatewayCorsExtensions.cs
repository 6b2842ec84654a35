using Casavi.GraphQL.Composition;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Hosting;

/// <summary>Cross-origin access for browser frontends, from <c>Gateway:Cors:AllowedOrigins</c>.</summary>
public static class GatewayCorsExtensions
{
    /// <summary>What a GraphQL client sends: JSON bodies, bearer or API-key credentials, and the cost switch.</summary>
    private static readonly string[] AllowedHeaders = ["content-type", "accept", "authorization", "x-api-key", "x-casavi-cost"];

    public static IHostApplicationBuilder AddGatewayCors(this IHostApplicationBuilder builder)
    {
        builder.Services.AddCors();
        builder.Services.AddOptions<CorsOptions>().Configure<IOptions<GatewayOptions>>((cors, gateway) =>
            cors.AddDefaultPolicy(policy =>
            {
                var origins = gateway.Value.Cors.AllowedOrigins;
                if (origins.Contains("*"))
                    policy.AllowAnyOrigin();
                else
                    policy.WithOrigins([.. origins]);
                policy.WithMethods(HttpMethods.Get, HttpMethods.Post)
                    .WithHeaders(AllowedHeaders)
                    .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
            }));
        return builder;
    }
}
