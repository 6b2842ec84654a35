using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Relay;
using Casavi.GraphQL.Kernel.Scalars;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Jobs;

public sealed class ImportJobGraphType : ObjectGraphType<ImportJob>
{
    public ImportJobGraphType(IEnumerable<ITypeExtension<ImportJobGraphType>> extensions)
    {
        Name = "ImportJob";
        Description = "An import of master data and its progress; poll it until `completed` (casavi imports in the background).";
        this.IsNode(job => job.Id);
        Field("referenceId", job => job.Id).Description("Id of the import, returned when it was started (e.g. 58eca7a398af3a14a3af2efe).");
        Field(job => job.TenantId, nullable: true).Description("casavi account (tenant) the import runs in.");
        Field(job => job.CreatedAt, nullable: true).Description("When the import was started.");
        Field(job => job.CompletedAt, nullable: true).Description("When the import finished; null while it runs.");
        Field(job => job.Completed, nullable: true).Description("Whether the import has finished.");
        Field(job => job.Running, nullable: true).Description("Whether the import is running now.");
        Field(job => job.Progress, nullable: true).Description("Progress from 0 to 1.");
        Field(job => job.ContactName, nullable: true).Description("Name of the contact who started the import, when casavi records one.");
        Field(job => job.IntegrationType, nullable: true).Description("What kind of import it is (e.g. DOCUMENTS).");
        Field<ImportResultsGraphType>("results").Description("What the import did, per kind of entity.").Resolve(context => context.Source.Results);
        Field(job => job.UpdateExisting, nullable: true).Description("Whether existing entities are updated.");
        Field(job => job.FileContainHeaders, nullable: true).Description("For file imports: whether the file has a header row.");
        Field<JsonScalar>("mapping").Description("For file imports: the column mapping, as casavi gives it.").Resolve(context => context.Source.Mapping);
        Field(job => job.UploadType, nullable: true).Description("How the data was uploaded (e.g. api).");
        Field(job => job.HasContent, nullable: true).Description("Whether the import carries data.");

        this.ApplyExtensions(extensions);
    }
}
