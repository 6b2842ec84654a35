using Casavi.Contract.Content;
using Casavi.GraphQL.Kernel.Relay;

namespace Casavi.GraphQL.Features.Documents;

public sealed class DocumentTypeNodeSource() : LoaderNodeSource<DocumentTypeGraphType, DocumentTypeLoader, DocumentType>("DocumentType");
