using Casavi.Contract.Content;
using Casavi.GraphQL.Kernel.Filtering;

namespace Casavi.GraphQL.Features.Documents;

/// <summary>What lists of document types can be filtered and sorted by.</summary>
public sealed class DocumentTypeFields : QueryableFields<DocumentType>
{
    public DocumentTypeFields()
        : base("DocumentType", type => type.Id)
    {
        Text("referenceId", type => type.Id, "casavi ID of the document type.");
        Text("name", type => type.Name, "Name of the document type.");
    }
}
