using Microsoft.AspNetCore.Http;

namespace Casavi.GraphQL.Transport;

/// <summary>A request the transport refuses before execution: HTTP status, error code and a message for the client.</summary>
internal sealed record TransportError(int StatusCode, string Code, string Message, string? Allow = null)
{
    public const string InvalidRequestCode = "INVALID_REQUEST";

    public static TransportError InvalidRequest(string message) =>
        new(StatusCodes.Status400BadRequest, InvalidRequestCode, message);

    public static TransportError QueryTooLong(int length, int limit) =>
        new(StatusCodes.Status400BadRequest, "QUERY_TOO_LONG",
            $"The query document is {length} characters long; this endpoint accepts at most {limit}.");

    public static TransportError BodyTooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE",
            $"The request body exceeds {limit} bytes.");

    public static TransportError UnsupportedContentType(string? contentType) =>
        new(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE",
            $"Content-Type '{contentType}' is not supported; send 'application/json' (UTF-8).");

    public static TransportError NotAcceptable() =>
        new(StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE",
            $"Responses are available as '{ResponseMediaTypes.GraphQLResponseJson}' or '{ResponseMediaTypes.Json}'.");

    public static TransportError MethodNotAllowed(string method) =>
        new(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED",
            $"HTTP {method} is not supported; use POST, or GET for queries.", "GET, POST");

    public static TransportError MutationOverGet() =>
        new(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED",
            "Mutations cannot be sent with GET; use POST.", "POST");
}
