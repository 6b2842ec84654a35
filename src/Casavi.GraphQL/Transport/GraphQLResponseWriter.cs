using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Casavi.GraphQL.Transport;

/// <summary>Writes execution results and transport errors with the status codes GraphQL over HTTP asks for.</summary>
internal sealed class GraphQLResponseWriter(IGraphQLTextSerializer serializer)
{
    /// <summary>
    /// With <c>application/graphql-response+json</c> a result that never executed (parse or validation
    /// failure: no <c>data</c>) is a 400; field errors still get 200. Legacy <c>application/json</c> is always 200.
    /// </summary>
    public Task WriteResultAsync(HttpContext context, ExecutionResult result, string mediaType)
    {
        var status = mediaType == ResponseMediaTypes.GraphQLResponseJson && !result.Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        return WriteAsync(context, result, status, mediaType);
    }

    public Task WriteErrorAsync(HttpContext context, TransportError error, string mediaType)
    {
        if (error.Allow is not null)
            context.Response.Headers.Allow = error.Allow;
        var result = new ExecutionResult { Errors = [new ExecutionError(error.Message) { Code = error.Code }] };
        return WriteAsync(context, result, error.StatusCode, mediaType);
    }

    /// <summary>A single error with its own status, e.g. a 500 with the trace id of a logged failure.</summary>
    public Task WriteErrorAsync(HttpContext context, ExecutionError error, int status, string mediaType) =>
        WriteAsync(context, new ExecutionResult { Errors = [error] }, status, mediaType);

    private Task WriteAsync(HttpContext context, ExecutionResult result, int status, string mediaType)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        return serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }
}
