using Casavi.Client.Diagnostics;
using Casavi.GraphQL.Composition;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Filtering;
using Casavi.GraphQL.Kernel.Errors;
using Casavi.GraphQL.Kernel.Execution;
using Casavi.GraphQL.Security;
using Casavi.GraphQL.Telemetry;
using Casavi.GraphQL.Transport.Subscriptions;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Transport;

/// <summary>GraphQL over HTTP on <see cref="IDocumentExecuter{TSchema}"/>: GET for queries, POST for everything.</summary>
internal sealed class GraphQLHttpHandler(
    GraphQLRequestReader reader,
    GraphQLResponseWriter writer,
    OperationGate gate,
    OperationRunner runner,
    ServerSentEvents eventStreams,
    CallerBuckets callerBuckets,
    IOptions<GatewayOptions> options,
    OperationObserver observer,
    UnexpectedErrors unexpected)
{
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) && request.Query.ContainsKey("sdl"))
        {
            await WriteSdlAsync(context);
            return;
        }

        using var operation = observer.Begin(context, options.Value.MaxUpstreamRequestsPerOperation);
        var asEvents = ServerSentEvents.AreAccepted(request);
        // Refusals of an event-stream request are answered as JSON, before any stream starts.
        var mediaType = ResponseMediaTypes.Negotiate(request) ?? (asEvents ? ResponseMediaTypes.Json : null);
        try
        {
            if (mediaType is null)
                throw new TransportException(TransportError.NotAcceptable());

            var isGet = HttpMethods.IsGet(request.Method);
            var (graphQLRequest, refusal) = await ReadAsync(request, isGet, context.RequestAborted);
            Admission? admission = null;
            if (graphQLRequest is not null)
            {
                operation.Requested(graphQLRequest);
                admission = await gate.AdmitAsync(graphQLRequest, context.RequestServices.GetRequiredService<PageCountHints>(), textChecked: true, context.RequestAborted);
                refusal = admission.Refusal;
                // GET must not change anything (spec: 405).
                if (isGet && admission.Operation == OperationType.Mutation)
                    throw new TransportException(TransportError.MutationOverGet());
                if (refusal is null && admission.Operation == OperationType.Subscription && !asEvents)
                    refusal = GraphQLErrors.SubscriptionNeedsStream();
            }

            if (refusal is not null)
            {
                // Answered like a validation error (400 for graphql-response+json, 200 for legacy JSON), without executing.
                operation.Rejected(refusal.Code!);
                if (refusal.Code == ErrorCodes.CostLimit)
                    callerBuckets.ChargeCostRefusal(context);
                if (refusal.Code == ErrorCodes.PersistedQueryNotFound)
                    await writer.WriteErrorAsync(context, refusal, StatusCodes.Status200OK, mediaType); // as Apollo Server answers it, which Apollo clients expect
                else
                    await writer.WriteResultAsync(context, new ExecutionResult { Errors = [refusal] }, mediaType);
                return;
            }

            // Not refused, so read: ReadAsync returns one of the two.
            var result = await runner.ExecuteAsync(graphQLRequest!, admission!.Document, context.RequestServices, context.User, context.RequestAborted);
            if (asEvents)
            {
                operation.Executed(result);
                await eventStreams.SendAsync(context, result);
                return;
            }

            if (UpstreamCost.IsRequested(context.Request, options.Value))
                UpstreamCost.Attach(result, operation.Calls, context.RequestServices.GetRequiredService<FilteringReport>());
            unexpected.Report(context, result);
            using var response = await writer.SerializeAsync(result, context.RequestAborted);
            operation.Executed(response.Result);
            await GraphQLResponseWriter.SendAsync(context, response, mediaType);
        }
        catch (TransportException ex)
        {
            operation.Rejected(ex.Error.Code);
            await writer.WriteErrorAsync(context, ex.Error, mediaType ?? ResponseMediaTypes.Json);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !context.Response.HasStarted)
        {
            // Outcome stays "exception" (a 500); the client gets the code and the trace id instead of an empty body.
            await writer.WriteErrorAsync(context, unexpected.Report(context, ex), StatusCodes.Status500InternalServerError, mediaType ?? ResponseMediaTypes.Json);
        }
    }

    public Task RejectMethodAsync(HttpContext context) =>
        writer.WriteErrorAsync(
            context,
            TransportError.MethodNotAllowed(context.Request.Method),
            ResponseMediaTypes.Negotiate(context.Request) ?? ResponseMediaTypes.Json);

    /// <summary>
    /// The request, or the refusal of its query text: a document over the limits, or untrusted in
    /// <c>Gateway:TrustedDocuments:Mode</c> Only, is not even deserialized (POST), let alone parsed or validated.
    /// </summary>
    private async Task<(GraphQLRequest? Request, ExecutionError? Refusal)> ReadAsync(HttpRequest request, bool isGet, CancellationToken cancellationToken)
    {
        if (!isGet)
            return await reader.ReadPostAsync(request, gate.CheckText, cancellationToken);
        var read = reader.ReadGet(request.Query);
        return read.Query is not null && gate.CheckText(read.Query) is { } refusal ? (null, refusal) : (read, null);
    }

    private static async Task WriteSdlAsync(HttpContext context)
    {
        var schema = context.RequestServices.GetRequiredService<ISchema>();
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(SchemaSdl.PrintSchema(schema), context.RequestAborted);
    }
}
