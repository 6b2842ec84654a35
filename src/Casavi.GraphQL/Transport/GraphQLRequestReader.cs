using System.Text.Json;
using Casavi.GraphQL.Composition;
using Casavi.GraphQL.Transport.PersistedQueries;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Casavi.GraphQL.Transport;

/// <summary>Turns a GET query string or a JSON POST body into a <see cref="GraphQLRequest"/>.</summary>
internal sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer, IOptions<GatewayOptions> options)
{
    /// <summary>
    /// Reads a JSON POST body; its query passes <paramref name="checkQuery"/> before the body is deserialized,
    /// so a refused document costs no more than one pass over its bytes.
    /// </summary>
    /// <returns>The request, or (with a null request) the refusal of <paramref name="checkQuery"/>.</returns>
    public async Task<(GraphQLRequest? Request, ExecutionError? Refusal)> ReadPostAsync(
        HttpRequest request, QueryTextCheck checkQuery, CancellationToken cancellationToken)
    {
        var contentType = request.GetTypedHeaders().ContentType;
        if (contentType is null
            || !contentType.MediaType.Equals(ResponseMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
            throw new TransportException(TransportError.UnsupportedContentType(request.ContentType));

        using var body = await PooledBody.ReadAsync(request, options.Value.MaxRequestBodyBytes, cancellationToken);
        if (QueryInBody.Check(body.Span, options.Value.MaxQueryLength, checkQuery) is { } refusal)
            return (null, refusal);

        GraphQLRequest? parsed;
        try
        {
            await using var stream = body.OpenRead();
            parsed = await serializer.ReadAsync<GraphQLRequest>(stream, cancellationToken);
        }
        catch (JsonException)
        {
            // Not the exception's message: it names .NET types (GraphQL.Inputs, GraphQL.Transport.GraphQLRequest).
            throw new TransportException(TransportError.InvalidRequest(
                "The request body is not a valid GraphQL request: it must be a JSON object with a string 'query' and optionally "
                + "a string 'operationName' and objects 'variables' and 'extensions'."));
        }

        return (Validated(parsed), null);
    }

    public GraphQLRequest ReadGet(IQueryCollection query) => Validated(new GraphQLRequest
    {
        Query = Single(query, "query"),
        OperationName = Single(query, "operationName"),
        Variables = Json<Inputs>(query, "variables"),
        Extensions = Json<Inputs>(query, "extensions"),
        DocumentId = Single(query, "documentId"),
    });

    /// <summary>A request may leave out its query when it names the document by hash (<see cref="PersistedQueryReference"/>).</summary>
    private GraphQLRequest Validated(GraphQLRequest? request)
    {
        if (request is null || (string.IsNullOrWhiteSpace(request.Query) && PersistedQueryReference.HashOf(request) is null))
            throw new TransportException(TransportError.InvalidRequest("The request has no 'query' (nor the hash of a persisted one)."));
        if (string.IsNullOrWhiteSpace(request.Query))
            request.Query = null;
        else if (request.Query.Length > options.Value.MaxQueryLength)
            throw new TransportException(TransportError.QueryTooLong(request.Query.Length, options.Value.MaxQueryLength));
        return request;
    }

    private T? Json<T>(IQueryCollection query, string name)
    {
        var text = Single(query, name);
        if (string.IsNullOrEmpty(text))
            return default;
        try
        {
            return serializer.Deserialize<T>(text);
        }
        catch (JsonException)
        {
            throw new TransportException(TransportError.InvalidRequest($"The '{name}' parameter must be a JSON object."));
        }
    }

    private static string? Single(IQueryCollection query, string name)
    {
        StringValues values = query[name];
        if (values.Count > 1)
            throw new TransportException(TransportError.InvalidRequest($"The '{name}' parameter must appear at most once."));
        return values.Count == 1 ? values[0] : null;
    }
}
