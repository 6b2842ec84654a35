using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Casavi.GraphQL.Benchmarks.FanOut;

/// <summary>A message a client received: when (Stopwatch timestamp), its type and, for a <c>next</c>, the ticket's title (ticketCreated or ticketChanged).</summary>
internal sealed record Arrival(long Timestamp, string Type, string? Title, string Text);

/// <summary>
/// One graphql-transport-ws subscriber: connects, sends <c>connection_init</c>, waits for
/// <c>connection_ack</c>, subscribes once, then notes every message it receives.
/// </summary>
internal sealed class FanOutClient : IAsyncDisposable
{
    private readonly ClientWebSocket socket = new();
    private readonly Channel<Arrival> arrivals = Channel.CreateUnbounded<Arrival>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly CancellationTokenSource stopping = new();
    private Task receiving = Task.CompletedTask;

    private FanOutClient()
    {
        socket.Options.AddSubProtocol("graphql-transport-ws");
    }

    public ChannelReader<Arrival> Arrivals => arrivals.Reader;

    public static async Task<FanOutClient> SubscribeAsync(Uri endpoint, string query, CancellationToken cancellationToken)
    {
        var client = new FanOutClient();
        try
        {
            await client.socket.ConnectAsync(endpoint, cancellationToken);
            await client.SendAsync(new { type = "connection_init", payload = new { } }, cancellationToken);
            var ack = await client.ReceiveTextAsync(cancellationToken);
            if (ack is null || !ack.Contains("\"connection_ack\"", StringComparison.Ordinal))
                throw new InvalidOperationException($"Expected connection_ack, got {ack ?? "the connection closed"} ({client.socket.CloseStatus} {client.socket.CloseStatusDescription}).");
            await client.SendAsync(new { id = "1", type = "subscribe", payload = new { query } }, cancellationToken);
            client.receiving = client.ReceiveAllAsync();
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        try
        {
            await receiving;
        }
        catch (Exception ended) when (ended is OperationCanceledException or WebSocketException)
        {
            // Ending anyway.
        }

        socket.Dispose();
        stopping.Dispose();
    }

    private async Task ReceiveAllAsync()
    {
        try
        {
            while (await ReceiveTextAsync(stopping.Token) is { } text)
            {
                var timestamp = Stopwatch.GetTimestamp();
                arrivals.Writer.TryWrite(Parse(timestamp, text));
            }
        }
        catch (Exception ended) when (ended is OperationCanceledException or WebSocketException)
        {
            // Disposed, or the server went away: what arrived is what is counted.
        }
        finally
        {
            arrivals.Writer.TryComplete();
        }
    }

    private static Arrival Parse(long timestamp, string text)
    {
        using var message = JsonDocument.Parse(text);
        var root = message.RootElement;
        var type = root.TryGetProperty("type", out var typeField) ? typeField.GetString() ?? "?" : "?";
        string? title = null;
        if (root.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.Object
            && payload.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.EnumerateObject().FirstOrDefault().Value is { ValueKind: JsonValueKind.Object } ticket
            && ticket.TryGetProperty("title", out var titleField))
            title = titleField.GetString();
        return new Arrival(timestamp, type, title, text);
    }

    private Task SendAsync(object message, CancellationToken cancellationToken) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <returns>One whole text message; null when the server closed.</returns>
    private async Task<string?> ReceiveTextAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        using var text = new MemoryStream();
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
                return null;
            text.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
                return Encoding.UTF8.GetString(text.GetBuffer(), 0, (int)text.Length);
        }
    }
}
