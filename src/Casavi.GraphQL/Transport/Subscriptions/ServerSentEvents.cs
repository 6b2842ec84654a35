using Casavi.GraphQL.Composition;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Transport.Subscriptions;

/// <summary>
/// GraphQL over Server-Sent Events, distinct-connections mode: a request that accepts
/// <c>text/event-stream</c> gets each result as a <c>next</c> event and a <c>complete</c> event at the
/// end (a query or mutation: one result). The stream ends when the client disconnects, or is cut off
/// when it reads too slowly (<see cref="GatewayOptions.SubscriptionSettings.QueueCapacity"/>).
/// </summary>
internal sealed class ServerSentEvents(IGraphQLTextSerializer serializer, IOptions<GatewayOptions> options, TimeProvider time)
{
    public const string MediaType = "text/event-stream";
    private const string Complete = "event: complete\ndata: \n\n";

    public static bool AreAccepted(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(range => range.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase) && (range.Quality ?? 1) > 0);

    public async Task SendAsync(HttpContext context, ExecutionResult result)
    {
        var settings = options.Value.Subscriptions;
        var outgoing = new OutgoingMessages(settings.QueueCapacity);
        using var subscription = Start(result, outgoing);
        using var keepAlive = settings.KeepAliveInterval > TimeSpan.Zero
            ? time.CreateTimer(_ => outgoing.Send(":\n\n"), null, settings.KeepAliveInterval, settings.KeepAliveInterval)
            : null;

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaType;
        response.Headers.CacheControl = "no-cache";
        // Proxies that buffer responses (nginx) would hold events back.
        response.Headers["X-Accel-Buffering"] = "no";
        await response.StartAsync(context.RequestAborted);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, outgoing.Overflowed);
        try
        {
            await foreach (var message in outgoing.ReadAllAsync(stop.Token))
            {
                await response.WriteAsync(message, stop.Token);
                await response.Body.FlushAsync(stop.Token);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            if (outgoing.Overflowed.IsCancellationRequested)
                context.Abort();
        }
    }

    private IDisposable? Start(ExecutionResult result, OutgoingMessages outgoing)
    {
        if (result.Streams is { Count: 1 } streams)
            return streams.Values.Single().Subscribe(new StreamObserver(outgoing, Next, () => Complete, outgoing.Complete));
        outgoing.Send(Next(result));
        outgoing.Send(Complete);
        outgoing.Complete();
        return null;
    }

    private string Next(ExecutionResult result) => $"event: next\ndata: {serializer.Serialize(result)}\n\n";
}
