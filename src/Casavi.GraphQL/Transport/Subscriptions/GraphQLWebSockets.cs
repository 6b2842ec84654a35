using Casavi.GraphQL.Composition;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Transport.Subscriptions;

/// <summary>
/// graphql-transport-ws on the GraphQL path. Placed before caller authentication: a browser cannot send
/// credentials with a WebSocket, so the caller is authenticated by its <c>connection_init</c> instead.
/// </summary>
public static class GraphQLWebSockets
{
    public const string SubProtocol = "graphql-transport-ws";

    public static WebApplication UseGraphQLWebSockets(this WebApplication app, PathString path)
    {
        var settings = app.Services.GetRequiredService<IOptions<GatewayOptions>>().Value.Subscriptions;
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = settings.KeepAliveInterval });
        app.Use(async (context, next) =>
        {
            if (!context.WebSockets.IsWebSocketRequest || !context.Request.Path.Equals(path))
            {
                await next(context);
                return;
            }

            if (!OriginAllowed(context))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsync("This origin may not open a WebSocket to the gateway (Gateway:Cors:AllowedOrigins).", context.RequestAborted);
                return;
            }

            if (!context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol, StringComparer.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.Response.WriteAsync($"Ask for the WebSocket sub-protocol {SubProtocol}.", context.RequestAborted);
                return;
            }

            using var socket = await context.WebSockets.AcceptWebSocketAsync(SubProtocol);
            await ActivatorUtilities.CreateInstance<GraphQLWsConnection>(context.RequestServices, socket, context).RunAsync();
        });
        return app;
    }

    /// <summary>
    /// Browsers send their page's origin with a WebSocket, and CORS does not apply to it: pages of the gateway
    /// itself (Banana Cake Pop) and of the origins CORS allows may connect; other clients send no origin.
    /// </summary>
    private static bool OriginAllowed(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length == 0 || string.Equals(origin, $"{context.Request.Scheme}://{context.Request.Host}", StringComparison.OrdinalIgnoreCase))
            return true;
        var cors = context.RequestServices.GetRequiredService<IOptions<CorsOptions>>().Value;
        return cors.GetPolicy(cors.DefaultPolicyName)?.IsOriginAllowed(origin) == true;
    }
}
