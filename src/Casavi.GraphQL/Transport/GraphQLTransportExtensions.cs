using System.Diagnostics.CodeAnalysis;
using Casavi.GraphQL.Composition;
using Casavi.GraphQL.Telemetry;
using Casavi.GraphQL.Transport.PersistedQueries;
using Casavi.GraphQL.Transport.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Transport;

public static class GraphQLTransportExtensions
{
    /// <summary>Registers the HTTP transport; its limits come from <see cref="GatewayOptions"/>.</summary>
    public static IHostApplicationBuilder AddGraphQLTransport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<GraphQLRequestReader>();
        builder.Services.AddSingleton<GraphQLResponseWriter>();
        builder.Services.AddSingleton<CostGuard>();
        builder.Services.AddSingleton<TrustedDocuments>();
        builder.Services.AddSingleton<PersistedQueryStore>();
        builder.Services.AddSingleton<PersistedQueryResolver>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GatewayOptions>, TrustedDocumentsValidator>());
        builder.Services.AddSingleton<GatewayMetrics>();
        builder.Services.AddSingleton<OperationObserver>();
        builder.Services.AddSingleton<RequestLogBudget>();
        builder.Services.AddSingleton<UnexpectedErrors>();
        builder.Services.AddSingleton<OperationGate>();
        builder.Services.AddSingleton<OperationRunner>();
        builder.Services.AddSingleton<ServerSentEvents>();
        builder.Services.AddScoped<GraphQLHttpHandler>();
        return builder;
    }

    /// <summary>Maps GraphQL over HTTP (GET and POST) at <paramref name="pattern"/>; other methods get 405.</summary>
    public static IEndpointConventionBuilder MapGraphQLEndpoint(
        this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern)
    {
        var group = endpoints.MapGroup(pattern);
        group.MapMethods("", [HttpMethods.Get, HttpMethods.Post], context => Handler(context).HandleAsync(context));
        // Matches every method but loses to GET/POST above, so only the rest lands here.
        group.Map("", context => Handler(context).RejectMethodAsync(context)).WithOrder(1);
        return group;
    }

    private static GraphQLHttpHandler Handler(HttpContext context) =>
        context.RequestServices.GetRequiredService<GraphQLHttpHandler>();
}
