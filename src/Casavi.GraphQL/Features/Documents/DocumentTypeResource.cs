using Casavi.Client.Api;
using Casavi.Contract.Content;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.Documents;

/// <summary>casavi's document types, served as a list only.</summary>
public sealed class DocumentTypeResource : CasaviResource<DocumentType, DocumentTypeGraphType, IDocumentsApi>
{
    public DocumentTypeResource()
        : base("DocumentType", value => value.Id, null, (api, token) => api.ListTypesAsync(token))
    {
        RootList = new RootList<DocumentType, IDocumentsApi, NoFilter>(
            "documentTypes",
            "The document types of the account, in casavi's order.",
            (api, _, token) => api.ListTypesAsync(token),
            _ => NoFilter.Instance);
    }
}
