using Casavi.Contract.Content;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Relay;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Documents;

public sealed class DocumentGraphType : ObjectGraphType<Document>
{
    public DocumentGraphType(IEnumerable<ITypeExtension<DocumentGraphType>> extensions)
    {
        Name = "Document";
        Description = "A document (e.g. an annual statement) shared with properties or units, with its download statistics.";
        this.IsNode(document => document.Id);

        Field("referenceId", document => document.Id).Description("Reference ID supplied by the customer (shown as \"Referenz ID\" in casavi).");
        Field(document => document.InternalId).Description("casavi's internal database id.");
        Field(document => document.Title).Description("Title of the document (e.g. Musterstraße 3 - Whg 5 - Abrechnung 2021).");
        Field(document => document.Type, nullable: true).Description("The document type as casavi gives it (an ID or a name); see `documentType`.");
        Field<DocumentTypeGraphType>("documentType")
            .ReachesResource<Document, object, DocumentType>()
            .Description("The document type `type` names, looked up in casavi's document types by ID, else by name; null when none matches.")
            .Resolve(context => context.Source.Type is { } type ? context.Service<DocumentTypeLoader>().LoadAsync(type) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentShareGraphType>>>>("sharedWith")
            .Description("Who the document is shared with: properties or units, and the roles there.")
            .Resolve(context => context.Source.SharedWith);
        Field(document => document.Resource, nullable: true).Description("Name of the storage provider the document is retrieved from (e.g. someDMS).");
        Field(document => document.FileSize, nullable: true).Description("File size in bytes.");
        Field(document => document.PublishedAt, nullable: true).Description("Date of the document; defaults to the import date.");
        Field(document => document.DownloadCount, nullable: true).Description("How many times the document has been downloaded.");
        Field(document => document.FirstDownloadAt, nullable: true).Description("When the document was downloaded for the first time; null while nobody has.");

        this.ApplyExtensions(extensions);
    }
}
