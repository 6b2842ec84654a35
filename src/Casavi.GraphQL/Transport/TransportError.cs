using Casavi.GraphQL.Kernel.Errors;
using Microsoft.AspNetCore.Http;

namespace Casavi.GraphQL.Transport;

/// <summary>A request the transport refuses before execution: HTTP status, error code and a message for the client.</summary>
internal sealed record TransportError(int StatusCode, string Code, string Message, string? Allow = null)
{
    public static TransportError InvalidRequest(string message) =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, message);

    public static TransportError QueryTooLong(int length, int limit) =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.QueryTooLong,
            $"The query document is {length} characters long; this endpoint accepts at most {limit}.");

    public static TransportError BodyTooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge,
            $"The request body exceeds {limit} bytes.");

    public static TransportError UnsupportedContentType(string? contentType) =>
        new(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
            $"Content-Type '{contentType}' is not supported; send 'application/json' (UTF-8).");

    public static TransportError NotAcceptable() =>
        new(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
            $"Responses are available as '{ResponseMediaTypes.GraphQLResponseJson}' or '{ResponseMediaTypes.Json}'.");

    public static TransportError MethodNotAllowed(string method) =>
        new(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
            $"HTTP {method} is not supported; use POST, or GET for queries.", "GET, POST");

    public static TransportError MutationOverGet() =>
        new(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
            "Mutations cannot be sent with GET; use POST.", "POST");
}
