using Casavi.GraphQL.Composition;
using Microsoft.AspNetCore.Builder;
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
}
