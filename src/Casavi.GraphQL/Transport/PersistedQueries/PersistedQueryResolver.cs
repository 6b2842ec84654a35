using Casavi.GraphQL.Kernel.Errors;
using GraphQL;
using GraphQL.Transport;

namespace Casavi.GraphQL.Transport.PersistedQueries;

/// <summary>
/// Gives a request the document it names by hash (trusted documents first, then automatic persisted queries),
/// registers a document sent with its hash, and in <c>Only</c> mode refuses every document not trusted.
/// What it lets through is parsed, cost-checked and validated like any other document.
/// </summary>
internal sealed class PersistedQueryResolver(TrustedDocuments trusted, PersistedQueryStore store)
{
    /// <returns>The refusal, or null with <see cref="GraphQLRequest.Query"/> set to the document to run.</returns>
    public async ValueTask<ExecutionError?> ResolveAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        var hash = PersistedQueryReference.HashOf(request);
        if (hash is null)
            return trusted.RefuseUntrusted(request.Query);
        if (request.Query is null)
        {
            request.Query = trusted.Find(hash) ?? (trusted.OnlyTrusted ? null : await store.FindAsync(hash, cancellationToken));
            return request.Query is not null ? null : trusted.OnlyTrusted ? TrustedDocuments.Required() : NotFound();
        }

        if (DocumentHash.Of(request.Query) != hash)
            return HashMismatch();
        if (trusted.Find(hash) is not null)
            return null;
        if (trusted.OnlyTrusted)
            return TrustedDocuments.Required();
        await store.StoreAsync(hash, request.Query, cancellationToken);
        return null;
    }

    /// <summary>Apollo clients recognise this message and send the document with its hash next.</summary>
    private static ExecutionError NotFound() => new("PersistedQueryNotFound") { Code = ErrorCodes.PersistedQueryNotFound };

    private static ExecutionError HashMismatch() => new(
        "extensions.persistedQuery.sha256Hash is not the SHA-256 (lowercase hex of the UTF-8 text) of the query; nothing was stored or run.")
    {
        Code = ErrorCodes.PersistedQueryHashMismatch,
    };
}
