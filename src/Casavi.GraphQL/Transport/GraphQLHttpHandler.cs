using Casavi.Client.Diagnostics;
using Casavi.GraphQL.Composition;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Filtering;
using Casavi.GraphQL.Kernel.Errors;
using Casavi.GraphQL.Kernel.Execution;
using Casavi.GraphQL.Security;
using Casavi.GraphQL.Telemetry;
using Casavi.GraphQL.Transport.PersistedQueries;
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
    IDocumentExecuter<ISchema> executer,
    IDocumentBuilder documentBuilder,
    GraphQLRequestReader reader,
    GraphQLResponseWriter writer,
    CostGuard costGuard,
    PersistedQueryResolver persistedQueries,
    TrustedDocuments trustedDocuments,
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
        var mediaType = ResponseMediaTypes.Negotiate(request);
        try
        {
            if (mediaType is null)
                throw new TransportException(TransportError.NotAcceptable());

            var isGet = HttpMethods.IsGet(request.Method);
            var (graphQLRequest, refusal) = await ReadAsync(request, isGet, context.RequestAborted);
            GraphQLDocument? document = null;
            if (graphQLRequest is not null)
                refusal = await persistedQueries.ResolveAsync(graphQLRequest, context.RequestAborted);
            if (graphQLRequest is not null && refusal is null)
            {
                operation.Requested(graphQLRequest);
                (document, refusal) = Parse(graphQLRequest, isGet);
                if (refusal is null && document is not null)
                {
                    var hints = context.RequestServices.GetRequiredService<PageCountHints>();
                    refusal = costGuard.Check(document, graphQLRequest.OperationName, graphQLRequest.Variables, hints);
                }
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
            var result = await ExecuteAsync(context, graphQLRequest!, document, operation.Calls);
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
            return await reader.ReadPostAsync(request, CheckText, cancellationToken);
        var read = reader.ReadGet(request.Query);
        return read.Query is not null && CheckText(read.Query) is { } refusal ? (null, refusal) : (read, null);
    }

    private ExecutionError? CheckText(ReadOnlySpan<char> query) => trustedDocuments.RefuseUntrusted(query) ?? costGuard.CheckText(query);

    /// <summary>
    /// Parsed here, once, so its cost is checked before validation; and GET must not change anything,
    /// so a mutation over GET is refused (spec: 405). A refusal is answered like a validation error.
    /// </summary>
    private (GraphQLDocument? Document, ExecutionError? Refusal) Parse(GraphQLRequest request, bool isGet)
    {
        GraphQLDocument document;
        try
        {
            document = documentBuilder.Build(request.Query!);
        }
        catch (SyntaxError)
        {
            return (null, null); // the executor parses again and reports the syntax error in GraphQL form
        }
        catch (GraphQLMaxDepthExceededException)
        {
            // Not a SyntaxError: the executor would report it as a failure of its own.
            return (null, GraphQLErrors.QueryTooDeep());
        }

        var operation = OperationSelector.Select(document, request.OperationName)?.Operation;
        if (isGet && operation == OperationType.Mutation)
            throw new TransportException(TransportError.MutationOverGet());
        // The schema has no subscription type, and GraphQL.NET fails on one without saying why.
        return operation == OperationType.Subscription ? (document, GraphQLErrors.SubscriptionsNotSupported()) : (document, null);
    }

    private async Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, GraphQLDocument? document, CasaviCallLog calls)
    {
        context.RequestServices.GetRequiredService<ExecutionDeadline>().Start(options.Value.ExecutionTimeout, context.RequestAborted);
        var execution = new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
        };
        foreach (var listener in context.RequestServices.GetServices<IDocumentExecutionListener>())
            execution.Listeners.Add(listener);
        var result = await executer.ExecuteAsync(execution);
        if (UpstreamCost.IsRequested(context.Request, options.Value))
            UpstreamCost.Attach(result, calls, context.RequestServices.GetRequiredService<FilteringReport>());
        return result;
    }

    private static async Task WriteSdlAsync(HttpContext context)
    {
        var schema = context.RequestServices.GetRequiredService<ISchema>();
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(SchemaSdl.PrintSchema(schema), context.RequestAborted);
    }
}
