using Casavi.Contract.Content;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Relay;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Documents;

public sealed class DocumentTypeGraphType : ObjectGraphType<DocumentType>
{
    public DocumentTypeGraphType(IEnumerable<ITypeExtension<DocumentTypeGraphType>> extensions)
    {
        Name = "DocumentType";
        Description = "A document category (e.g. Abrechnung).";
        this.IsNode(type => type.Id);
        Field("referenceId", type => type.Id).Description("casavi ID of the document type (e.g. DT-01).");
        Field(type => type.Name).Description("Name of the document type (e.g. Abrechnung).");

        this.ApplyExtensions(extensions);
    }
}
