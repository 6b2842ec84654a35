using Casavi.Client.Api;
using Casavi.Contract.Content;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.Documents;

/// <summary>casavi's document types, served as a list only.</summary>
public sealed class DocumentTypeResource() : ListedResource<DocumentType, DocumentTypeGraphType, IDocumentsApi>(
    "DocumentType", value => value.Id, (api, token) => api.ListTypesAsync(token), "documentTypes", "The document types of the account, in casavi's order.");
