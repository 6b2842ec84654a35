using Casavi.Client.Api;
using Casavi.Contract.Content;
using Casavi.GraphQL.Kernel.Paging;
using Casavi.GraphQL.Kernel.Fields;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Documents;

public sealed class DocumentQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.ReferenceIdField<DocumentGraphType, DocumentByIdLoader, Document>("document", "Document");

        query.ConnectionField<object?, DocumentTypeGraphType>("documentTypes")
            .Description("The document types of the account, in casavi's order.")
            .ResolveAsync(async context =>
            {
                var api = context.Service<IDocumentsApi>();
                var loader = context.Service<DocumentTypeLoader>();
                return await context.ResolveListAsync(new CasaviList<DocumentType>("documents/types", api.ListTypesAsync), type => loader.Prime(type.Id, type));
            });
    }
}
