using Casavi.Contract;
using Casavi.Contract.Content;
using Refit;

namespace Casavi.Client.Api;

public interface IDocumentsApi
{
    [Get("/v2/documents/{documentId}")]
    Task<Document> GetAsync(string documentId, CancellationToken cancellationToken = default);

    [Get("/v2/documents/types")]
    Task<Page<DocumentType>> ListTypesAsync(CancellationToken cancellationToken = default);
}
