using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Casavi.Client;
using Casavi.GraphQL.Composition;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Errors;
using Casavi.GraphQL.Security;
using Casavi.GraphQL.Telemetry;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Transport.Subscriptions;

/// <summary>
/// One WebSocket speaking graphql-transport-ws: <c>connection_init</c> (authenticates, within
/// <see cref="GatewayOptions.SubscriptionSettings.ConnectionInitTimeout"/>), <c>ping</c>/<c>pong</c>,
/// <c>subscribe</c> (each operation admitted and run like an HTTP one, in a scope of its own),
/// <c>next</c>, <c>error</c> and <c>complete</c>. Every write goes through one bounded queue.
/// </summary>
internal sealed partial class GraphQLWsConnection(
    WebSocket socket,
    HttpContext context,
    IGraphQLTextSerializer serializer,
    OperationGate gate,
    OperationRunner runner,
    IServiceScopeFactory scopes,
    CallerBuckets callerBuckets,
    OperationObserver observer,
    UnexpectedErrors unexpected,
    IOptions<GatewayOptions> options,
    ILogger<GraphQLWsConnection> logger)
{
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(2);
    private readonly GatewayOptions.SubscriptionSettings settings = options.Value.Subscriptions;
    private readonly Dictionary<string, IDisposable?> operations = new(StringComparer.Ordinal);
    private readonly Lock sync = new();
    private readonly CancellationTokenSource closing = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
    private readonly long opened = Stopwatch.GetTimestamp();
    private int started;
    private OutgoingMessages outgoing = null!;
    private bool initReceived;
    private ClaimsPrincipal? caller;
    private (int Code, string Reason)? closeWith;

    public async Task RunAsync()
    {
        outgoing = new OutgoingMessages(settings.QueueCapacity);
        var writing = WriteAllAsync();
        var initTimeout = new Timer(_ => CloseIfNotInitialized(), null, settings.ConnectionInitTimeout, Timeout.InfiniteTimeSpan);
        try
        {
            await ReadAllAsync();
        }
        catch (Exception ended) when (ended is OperationCanceledException or WebSocketException)
        {
            // The client went away, or did not answer the gateway's close in time.
        }
        finally
        {
            await initTimeout.DisposeAsync();
            StopAll();
            outgoing.Complete();
            // Not disposed: operations still starting may read its token; it ends with the request.
            await writing;
            LogClosed();
        }
    }

    /// <summary>
    /// Reads until the client closes. Never cancelled: a cancelled receive would abort the socket without a
    /// close frame; the gateway closes through <see cref="WriteAllAsync"/> and the client's answer ends this.
    /// </summary>
    private async Task ReadAllAsync()
    {
        var buffer = new ArrayBufferWriter<byte>();
        while (socket.State == WebSocketState.Open)
        {
            var received = await socket.ReceiveAsync(buffer.GetMemory(4096), context.RequestAborted);
            if (received.MessageType == WebSocketMessageType.Close)
                return;
            buffer.Advance(received.Count);
            if (buffer.WrittenCount > options.Value.MaxRequestBodyBytes)
            {
                Close(WebSocketCloseStatus.MessageTooBig, $"A message may have at most {options.Value.MaxRequestBodyBytes} bytes.");
                buffer.ResetWrittenCount();
                continue;
            }

            if (!received.EndOfMessage || closing.IsCancellationRequested)
                continue;
            await HandleAsync(buffer.WrittenMemory);
            buffer.ResetWrittenCount();
        }
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> text)
    {
        OperationMessage? message;
        try
        {
            message = serializer.Deserialize<OperationMessage>(Encoding.UTF8.GetString(text.Span));
        }
        catch (JsonException)
        {
            message = null;
        }

        switch (message?.Type)
        {
            case "connection_init":
                await InitializeAsync(message.Payload as JsonElement?);
                break;
            case "ping":
                Send(new OperationMessage { Type = "pong", Payload = message.Payload });
                break;
            case "pong":
                break;
            case "subscribe":
                Subscribe(message);
                break;
            case "complete":
                Stop(message.Id);
                break;
            default:
                Close(GraphQLWsCloseCodes.BadRequest, "Invalid message: a JSON object with a known \"type\" is expected.");
                break;
        }
    }

    private async Task InitializeAsync(JsonElement? payload)
    {
        if (initReceived)
        {
            Close(GraphQLWsCloseCodes.TooManyInits, "Too many initialisation requests");
            return;
        }

        initReceived = true;
        var (authenticated, refusal) = await WebSocketCallers.AuthenticateAsync(context, payload);
        if (authenticated is null)
        {
            LogRefused(logger, refusal!);
            Close(GraphQLWsCloseCodes.Forbidden, refusal!);
            return;
        }

        caller = authenticated;
        Send(new OperationMessage { Type = "connection_ack" });
    }

    private void Subscribe(OperationMessage message)
    {
        if (caller is null)
        {
            Close(GraphQLWsCloseCodes.Unauthorized, "Unauthorized: send connection_init first");
            return;
        }

        if (string.IsNullOrWhiteSpace(message.Id))
        {
            Close(GraphQLWsCloseCodes.BadRequest, "A subscribe message needs an id.");
            return;
        }

        var id = message.Id;
        bool duplicate, full;
        lock (sync)
        {
            duplicate = operations.ContainsKey(id);
            full = !duplicate && operations.Count >= settings.MaxSubscriptionsPerConnection;
            if (!duplicate && !full)
                operations[id] = null;
        }

        if (duplicate)
            Close(GraphQLWsCloseCodes.DuplicateId, $"Subscriber for {id} already exists");
        else if (!full && !callerBuckets.TryTake(context))
            SendErrors(id, [new ExecutionError("Too many requests: this caller's rate limit is used up; subscribe again later.") { Code = ErrorCodes.RateLimited }]);
        else if (full)
            Send(Errors(id, [GraphQLErrors.BadUserInput($"This connection already holds {settings.MaxSubscriptionsPerConnection} operations (Gateway:Subscriptions:MaxSubscriptionsPerConnection); complete one first.")]));
        else
        {
            Interlocked.Increment(ref started);
            _ = StartAsync(id, message.Payload as JsonElement?);
        }
    }

    /// <summary>Admits and runs one operation, observed like an HTTP request: its span, metrics and log line (a subscription's when its stream has started).</summary>
    private async Task StartAsync(string id, JsonElement? payload)
    {
        using var operation = observer.Begin(context, options.Value.MaxUpstreamRequestsPerOperation);
        try
        {
            var request = payload is { ValueKind: JsonValueKind.Object } fields ? serializer.ReadNode<GraphQLRequest>(fields) : null;
            if (request is null)
            {
                Refuse(id, operation, GraphQLErrors.BadUserInput("The subscribe payload must be a GraphQL request: {\"query\": …, \"variables\": …}."));
                return;
            }

            operation.Requested(request);
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CasaviAccountScope>().Use(context.RequestServices.GetRequiredService<CasaviAccountScope>().Account);
            var admission = await gate.AdmitAsync(request, scope.ServiceProvider.GetRequiredService<PageCountHints>(), textChecked: false, closing.Token);
            if (admission.Refusal is { } refusal)
            {
                Refuse(id, operation, refusal);
                return;
            }

            var result = await runner.ExecuteAsync(request, admission.Document, scope.ServiceProvider, caller!, closing.Token);
            unexpected.Report(context, result);
            operation.Executed(result);
            if (result.Streams is { Count: 1 } streams)
            {
                Track(id, streams.Values.Single().Subscribe(new StreamObserver(outgoing, next => Next(id, next), () => Complete(id), () => Forget(id))));
                return;
            }

            if (result.Executed)
            {
                Forget(id);
                Send(Next(id, result));
                Send(Complete(id));
            }
            else
            {
                SendErrors(id, result.Errors ?? []);
            }
        }
        catch (OperationCanceledException) when (closing.IsCancellationRequested)
        {
            // The connection closed while the operation started.
        }
        catch (Exception failure)
        {
            SendErrors(id, [unexpected.Report(context, failure)]);
        }
    }

    private void Refuse(string id, ObservedOperation operation, ExecutionError refusal)
    {
        operation.Rejected(refusal.Code ?? ErrorCodes.BadUserInput);
        SendErrors(id, [refusal]);
    }

    /// <summary>Keeps the stream's subscription, unless the client completed the operation meanwhile.</summary>
    private void Track(string id, IDisposable subscription)
    {
        lock (sync)
        {
            if (operations.ContainsKey(id) && !closing.IsCancellationRequested)
            {
                operations[id] = subscription;
                return;
            }
        }

        subscription.Dispose();
    }

    private void Stop(string? id)
    {
        IDisposable? subscription = null;
        lock (sync)
        {
            if (id is not null && operations.Remove(id, out var running))
                subscription = running;
        }

        subscription?.Dispose();
    }

    /// <summary>The operation ended on its own (its result sent, or its stream completed).</summary>
    private void Forget(string id)
    {
        lock (sync)
            operations.Remove(id);
    }

    private void StopAll()
    {
        List<IDisposable?> running;
        lock (sync)
        {
            running = [.. operations.Values];
            operations.Clear();
        }

        foreach (var subscription in running)
            subscription?.Dispose();
    }

    private string Next(string id, ExecutionResult result) => serializer.Serialize(new OperationMessage { Id = id, Type = "next", Payload = result });

    private string Complete(string id) => serializer.Serialize(new OperationMessage { Id = id, Type = "complete" });

    private void SendErrors(string id, IEnumerable<ExecutionError> errors)
    {
        Forget(id);
        Send(Errors(id, errors));
    }

    private string Errors(string id, IEnumerable<ExecutionError> errors) =>
        serializer.Serialize(new OperationMessage { Id = id, Type = "error", Payload = errors.ToArray() });

    private void Send(OperationMessage message) => Send(serializer.Serialize(message));

    private void Send(string message) => outgoing.Send(message);

    /// <summary>Writes every message in order; when the connection is to end, sends the close frame and gives the client a moment to answer it.</summary>
    private async Task WriteAllAsync()
    {
        // A client that stopped reading leaves a send waiting forever (its buffers and the server's are full), so
        // the overflow must end that send too; a moment's grace lets a merely slow client still get the close frame.
        using var stuck = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        using var overflowed = outgoing.Overflowed.Register(() => stuck.CancelAfter(CloseGrace));
        try
        {
            await foreach (var message in outgoing.ReadAllAsync(closing.Token).WithCancellation(outgoing.Overflowed))
                await socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, endOfMessage: true, stuck.Token);
        }
        catch (Exception ended) when (ended is OperationCanceledException or WebSocketException)
        {
            if (outgoing.Overflowed.IsCancellationRequested)
            {
                LogTooSlow(logger, settings.QueueCapacity);
                Close((WebSocketCloseStatus)GraphQLWsCloseCodes.TooSlow, $"Too slow: {settings.QueueCapacity} messages were waiting to be read.");
            }
        }

        await CloseAsync();
    }

    private void CloseIfNotInitialized()
    {
        if (!initReceived)
            Close(GraphQLWsCloseCodes.InitTimeout, "Connection initialisation timeout");
    }

    private void Close(int code, string reason) => Close((WebSocketCloseStatus)code, reason);

    /// <summary>Remembers the first reason to close and ends reading and writing; <see cref="RunAsync"/> then closes the socket.</summary>
    private void Close(WebSocketCloseStatus code, string reason)
    {
        lock (sync)
            closeWith ??= ((int)code, Shortened(reason));
        closing.Cancel();
    }

    /// <summary>A close frame's reason may have at most 123 bytes of UTF-8; a client-chosen id can make it longer.</summary>
    private static string Shortened(string reason)
    {
        const int MaxBytes = 123;
        while (Encoding.UTF8.GetByteCount(reason) > MaxBytes)
            reason = reason[..^1];
        return reason;
    }

    private async Task CloseAsync()
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
            return;
        var (code, reason) = closeWith ?? ((int)WebSocketCloseStatus.NormalClosure, "");
        try
        {
            using var timeout = new CancellationTokenSource(CloseGrace);
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
            if (socket.State != WebSocketState.Closed)
                await Task.Delay(CloseGrace, context.RequestAborted);
        }
        catch (Exception gone) when (gone is OperationCanceledException or WebSocketException)
        {
            // The client is gone already.
        }

        // A client that did not answer the close frame is cut off, which also ends the read loop.
        if (socket.State != WebSocketState.Closed)
            socket.Abort();
    }

    private void LogClosed()
    {
        if (!logger.IsEnabled(LogLevel.Information))
            return;
        var name = caller?.Identity?.Name is { Length: > 0 } known ? known : "(anonymous)";
        var account = context.RequestServices.GetRequiredService<CasaviAccountScope>().AccountName ?? "(none)";
        var seconds = Stopwatch.GetElapsedTime(opened).TotalSeconds;
        var (code, reason) = closeWith ?? ((int?)socket.CloseStatus ?? 0, "");
        LogClosed(logger, name, account, seconds, started, code, reason);
    }

    /// <summary>The connection's one log line, as an HTTP request has its own.</summary>
    [LoggerMessage(
        EventId = 4,
        Level = LogLevel.Information,
        Message = "GraphQL WebSocket for {Caller} on casavi account {CasaviAccount} closed after {DurationSeconds:0.0} s: {Operations} operations, close code {CloseCode} {CloseReason}")]
    private static partial void LogClosed(ILogger logger, string caller, string casaviAccount, double durationSeconds, int operations, int closeCode, string closeReason);

    [LoggerMessage(Level = LogLevel.Information, Message = "WebSocket caller refused at connection_init: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WebSocket closed: the client did not read its messages, {Capacity} were waiting")]
    private static partial void LogTooSlow(ILogger logger, int capacity);

}
