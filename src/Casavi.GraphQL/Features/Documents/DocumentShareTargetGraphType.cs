using Casavi.Contract.Content;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Documents;

public sealed class DocumentShareTargetGraphType : EnumerationGraphType<DocumentShareTarget>
{
    public DocumentShareTargetGraphType()
    {
        Name = "DocumentShareTarget";
        Description = "Whether a document is shared with a whole PROPERTY or one UNIT of it. UNKNOWN stands for a value casavi added after this gateway was built.";
    }
}
