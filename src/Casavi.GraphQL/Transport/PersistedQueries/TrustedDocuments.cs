using Casavi.GraphQL.Composition;
using Casavi.GraphQL.Kernel.Errors;
using GraphQL;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Transport.PersistedQueries;

/// <summary>The manifest of <c>Gateway:TrustedDocuments</c>, loaded once (its entries were checked at start).</summary>
internal sealed class TrustedDocuments(IOptions<GatewayOptions> options)
{
    private readonly Lazy<IReadOnlyDictionary<string, string>> documents = new(() =>
        options.Value.TrustedDocuments is { Mode: not TrustedDocumentMode.Off, Path: { } path }
            ? TrustedDocumentManifest.Load(path)
            : new Dictionary<string, string>());

    public bool OnlyTrusted => options.Value.TrustedDocuments.Mode == TrustedDocumentMode.Only;

    /// <returns>The trusted document of <paramref name="hash"/>, or null (always while the mode is Off).</returns>
    public string? Find(string hash) => documents.Value.GetValueOrDefault(hash);

    /// <summary>In Only mode, refuses a document that is not in the manifest, from its hash alone: before it is parsed.</summary>
    public ExecutionError? RefuseUntrusted(ReadOnlySpan<char> query) =>
        OnlyTrusted && !documents.Value.ContainsKey(DocumentHash.Of(query)) ? Required() : null;

    public static ExecutionError Required() => new(
        "This endpoint runs only trusted documents: send the SHA-256 of a document of its manifest "
        + "(extensions.persistedQuery.sha256Hash or documentId), or the document itself.")
    {
        Code = ErrorCodes.TrustedDocumentRequired,
    };
}
