using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Casavi.GraphQL.Tests.Subscriptions;

/// <summary>
/// A graphql-transport-ws subscriber that never reads after subscribing (the stall benchmark compiles this file too). The handshake runs over a raw
/// socket so its receive buffer can be made small (a set buffer size also stops the kernel's auto-tuning),
/// and the gateway's sends back up after a few events instead of after megabytes.
/// </summary>
public sealed class StalledWebSocket : IDisposable
{
    private readonly Socket socket;
    private readonly WebSocket webSocket;

    private StalledWebSocket(Socket socket, WebSocket webSocket)
    {
        this.socket = socket;
        this.webSocket = webSocket;
    }

    public static async Task<StalledWebSocket> SubscribeAsync(Uri endpoint, string query, int receiveBufferBytes, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = receiveBufferBytes };
        try
        {
            await socket.ConnectAsync(endpoint.Host, endpoint.Port, cancellationToken);
            var stream = new NetworkStream(socket, ownsSocket: false);
            await UpgradeAsync(stream, endpoint, cancellationToken);
            var webSocket = WebSocket.CreateFromStream(stream, new WebSocketCreationOptions
            {
                IsServer = false,
                SubProtocol = "graphql-transport-ws",
                KeepAliveInterval = Timeout.InfiniteTimeSpan,
            });
            // The gateway handles messages in order: the subscribe is read after the init is acknowledged.
            await SendAsync(webSocket, new { type = "connection_init", payload = new { } }, cancellationToken);
            await SendAsync(webSocket, new { id = "stalled", type = "subscribe", payload = new { query } }, cancellationToken);
            return new StalledWebSocket(socket, webSocket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Bytes the kernel holds for this client, unread.</summary>
    public int UnreadBytes => socket.Available;

    public void Dispose()
    {
        webSocket.Abort();
        socket.Dispose();
    }

    private static async Task UpgradeAsync(NetworkStream stream, Uri endpoint, CancellationToken cancellationToken)
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var request = $"GET {endpoint.PathAndQuery} HTTP/1.1\r\nHost: {endpoint.Authority}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + $"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), cancellationToken);
        var head = await ReadHeadAsync(stream, cancellationToken);
        if (!head.StartsWith("HTTP/1.1 101", StringComparison.Ordinal))
            throw new InvalidOperationException($"The gateway refused the WebSocket upgrade: {head}");
    }

    /// <summary>The response head, read a byte at a time so that nothing after it is taken from the WebSocket.</summary>
    private static async Task<string> ReadHeadAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one, cancellationToken) == 0)
                throw new InvalidOperationException($"The gateway closed during the upgrade: {head}");
            head.Append((char)one[0]);
        }

        return head.ToString();
    }

    private static Task SendAsync(WebSocket webSocket, object message, CancellationToken cancellationToken) =>
        webSocket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
}
