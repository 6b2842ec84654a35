using GraphQL.Transport;

namespace Casavi.GraphQL.Transport.PersistedQueries;

/// <summary>
/// The hash a request names its document by: Apollo's <c>extensions.persistedQuery</c> or GraphQL over HTTP's
/// <c>documentId</c> (<c>sha256:&lt;hash&gt;</c> or the bare hash).
/// </summary>
internal static class PersistedQueryReference
{
    private const string DocumentIdPrefix = "sha256:";

    /// <returns>The hash, or null when the request names none.</returns>
    /// <exception cref="TransportException"><c>extensions.persistedQuery</c> is not <c>{ version: 1, sha256Hash }</c>.</exception>
    public static string? HashOf(GraphQLRequest request)
    {
        if (request.Extensions?.TryGetValue("persistedQuery", out var persisted) == true)
        {
            if (persisted is IReadOnlyDictionary<string, object?> fields
                && fields.GetValueOrDefault("version") is 1 or 1L
                && fields.GetValueOrDefault("sha256Hash") is string hash)
                return hash;
            throw new TransportException(TransportError.InvalidRequest(
                "'extensions.persistedQuery' must be { \"version\": 1, \"sha256Hash\": \"<lowercase hex SHA-256 of the query>\" }."));
        }

        return request.DocumentId is { } id && id.StartsWith(DocumentIdPrefix, StringComparison.Ordinal) ? id[DocumentIdPrefix.Length..] : request.DocumentId;
    }
}
