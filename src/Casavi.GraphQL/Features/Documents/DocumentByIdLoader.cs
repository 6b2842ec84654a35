using Casavi.Client.Api;
using Casavi.Contract.Content;
using Casavi.GraphQL.Kernel.DataLoading;

namespace Casavi.GraphQL.Features.Documents;

/// <summary>Documents by reference ID; casavi has no document list, so one request each, in parallel.</summary>
public sealed class DocumentByIdLoader(IDocumentsApi documents) : ByIdLoader<Document>
{
    protected override string KeyOf(Document value) => value.Id;

    protected override Task<Document> GetByIdAsync(string key, CancellationToken cancellationToken) =>
        documents.GetAsync(key, cancellationToken);
}
