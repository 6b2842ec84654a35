using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Errors;
using Casavi.GraphQL.Transport.PersistedQueries;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Casavi.GraphQL.Transport;

/// <summary>
/// What every operation passes before it runs, whichever transport brought it (HTTP, Server-Sent Events,
/// WebSocket): the trusted-documents and size checks on its text, persisted documents by hash, one
/// parse, and the cost estimate. A refusal is answered like a validation error, without executing.
/// </summary>
internal sealed class OperationGate(IDocumentBuilder documentBuilder, CostGuard costGuard, PersistedQueryResolver persistedQueries, TrustedDocuments trustedDocuments)
{
    /// <summary>The checks on the text as sent: untrusted in <c>Only</c> mode, or over the limits, it is not even parsed.</summary>
    public ExecutionError? CheckText(ReadOnlySpan<char> query) => trustedDocuments.RefuseUntrusted(query) ?? costGuard.CheckText(query);

    /// <param name="textChecked">Whether <see cref="CheckText"/> already ran on the text sent (HTTP runs it on the body's bytes).</param>
    public async Task<Admission> AdmitAsync(GraphQLRequest request, PageCountHints hints, bool textChecked, CancellationToken cancellationToken)
    {
        if (!textChecked && request.Query is { } sent && CheckText(sent) is { } untrusted)
            return new Admission(null, null, untrusted);
        if (await persistedQueries.ResolveAsync(request, cancellationToken) is { } refusal)
            return new Admission(null, null, refusal);
        if (request.Query is null)
            return new Admission(null, null, GraphQLErrors.BadUserInput("The request has no 'query' (nor the hash of a persisted one)."));

        GraphQLDocument document;
        try
        {
            document = documentBuilder.Build(request.Query);
        }
        catch (SyntaxError)
        {
            return new Admission(null, null, null); // the executor parses again and reports the syntax error in GraphQL form
        }
        catch (GraphQLMaxDepthExceededException)
        {
            // Not a SyntaxError: the executor would report it as a failure of its own.
            return new Admission(null, null, GraphQLErrors.QueryTooDeep());
        }

        var operation = OperationSelector.Select(document, request.OperationName)?.Operation;
        return new Admission(document, operation, costGuard.Check(document, request.OperationName, request.Variables, hints));
    }
}

/// <summary>The gate's answer: the parsed document and its operation type (null when it did not parse), or the refusal.</summary>
internal sealed record Admission(GraphQLDocument? Document, OperationType? Operation, ExecutionError? Refusal);
