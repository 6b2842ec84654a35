using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Casavi.GraphQL.Tests.Subscriptions;

/// <summary>A graphql-transport-ws client, as graphql-ws or Banana Cake Pop speak it: one JSON message per WebSocket text message.</summary>
public sealed class GraphQLWsClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly ClientWebSocket socket = new();

    private GraphQLWsClient()
    {
        socket.Options.AddSubProtocol("graphql-transport-ws");
    }

    public WebSocketCloseStatus? CloseStatus => socket.CloseStatus;

    public string? CloseReason => socket.CloseStatusDescription;

    /// <param name="origin">The Origin header a browser page would send, or null for a client outside a browser.</param>
    public static async Task<GraphQLWsClient> ConnectAsync(Uri gateway, string? origin = null)
    {
        var client = new GraphQLWsClient();
        if (origin is not null)
            client.socket.Options.SetRequestHeader("Origin", origin);
        var address = new UriBuilder(gateway) { Scheme = gateway.Scheme == "https" ? "wss" : "ws", Path = "/graphql" }.Uri;
        await client.socket.ConnectAsync(address, CancellationToken.None);
        return client;
    }

    /// <summary>Connects and initialises; returns once the gateway acknowledged.</summary>
    public static async Task<GraphQLWsClient> InitializedAsync(Uri gateway, object? payload = null)
    {
        var client = await ConnectAsync(gateway);
        await client.SendAsync(new { type = "connection_init", payload = payload ?? new { } });
        var ack = await client.ReceiveAsync();
        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
        return client;
    }

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    public Task SendAsync(object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>The next message; fails the test when none comes within ten seconds or the gateway closes.</summary>
    public async Task<JsonElement> ReceiveAsync() =>
        await ReceiveOrCloseAsync() ?? throw new InvalidOperationException($"Closed by the gateway: {CloseStatus} {CloseReason}");

    /// <summary>The next message, or null when the gateway closed the connection (see <see cref="CloseStatus"/>).</summary>
    public async Task<JsonElement?> ReceiveOrCloseAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close)
                return null;
            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
                return JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement.Clone();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
        socket.Dispose();
    }
}
