using Casavi.GraphQL.Composition;
using Casavi.GraphQL.Kernel.Errors;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Casavi.GraphQL.Transport;

/// <summary>Writes execution results and transport errors with the status codes GraphQL over HTTP asks for.</summary>
internal sealed class GraphQLResponseWriter(IGraphQLTextSerializer serializer, IOptions<GatewayOptions> options)
{
    /// <summary>
    /// Serializes into memory, at most <c>Gateway:MaxResponseBytes</c>: no byte may be sent before the size is
    /// known, as a response cut off midway would be invalid JSON. A larger result is replaced by
    /// <c>data: null</c> (when it executed), its extensions and a single <c>RESPONSE_TOO_LARGE</c> error.
    /// </summary>
    public async Task<SerializedResult> SerializeAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        var maxBytes = options.Value.MaxResponseBytes;
        var body = new CappedBuffer(maxBytes);
        try
        {
            await serializer.WriteAsync(body, result, cancellationToken);
            return new SerializedResult(result, body);
        }
        catch (IOException) when (body.Overflowed)
        {
            await body.DisposeAsync();
        }

        var replacement = new ExecutionResult
        {
            Executed = result.Executed,
            Errors = [GraphQLErrors.ResponseTooLarge(maxBytes)],
            Extensions = result.Extensions,
        };
        var small = new MemoryStream();
        await serializer.WriteAsync(small, replacement, cancellationToken);
        return new SerializedResult(replacement, small);
    }

    /// <summary>
    /// With <c>application/graphql-response+json</c> a result that never executed (parse or validation
    /// failure: no <c>data</c>) is a 400; field errors still get 200. Legacy <c>application/json</c> is always 200.
    /// </summary>
    public static async Task SendAsync(HttpContext context, SerializedResult serialized, string mediaType)
    {
        var status = mediaType == ResponseMediaTypes.GraphQLResponseJson && !serialized.Result.Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        WriteHeaders(context, status, mediaType);
        context.Response.ContentLength = serialized.Body.Length;
        await context.Response.Body.WriteAsync(serialized.Body.GetBuffer().AsMemory(0, (int)serialized.Body.Length), context.RequestAborted);
    }

    public async Task WriteResultAsync(HttpContext context, ExecutionResult result, string mediaType)
    {
        using var serialized = await SerializeAsync(result, context.RequestAborted);
        await SendAsync(context, serialized, mediaType);
    }

    public Task WriteErrorAsync(HttpContext context, TransportError error, string mediaType)
    {
        if (error.Allow is not null)
            context.Response.Headers.Allow = error.Allow;
        var result = new ExecutionResult { Errors = [new ExecutionError(error.Message) { Code = error.Code }] };
        WriteHeaders(context, error.StatusCode, mediaType);
        return serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    /// <summary>A single error with its own status, e.g. a 500 with the trace id of a logged failure.</summary>
    public Task WriteErrorAsync(HttpContext context, ExecutionError error, int status, string mediaType)
    {
        WriteHeaders(context, status, mediaType);
        return serializer.WriteAsync(context.Response.Body, new ExecutionResult { Errors = [error] }, context.RequestAborted);
    }

    private static void WriteHeaders(HttpContext context, int status, string mediaType)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
    }
}
