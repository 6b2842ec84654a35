using Casavi.Client.Api;
using Casavi.Contract.Content;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.Documents;

/// <summary>casavi's documents, served by id only.</summary>
public sealed class DocumentResource() : FetchedResource<Document, DocumentGraphType, IDocumentsApi>(
    "Document", value => value.Id, (api, id, token) => api.GetAsync(id, token), "document");
