using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Mutations;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Jobs;

public sealed class StartImportPayloadGraphType : PayloadGraphType<ImportStarted>
{
    public StartImportPayloadGraphType()
        : base("StartImportPayload", "The result of `startImport`.")
    {
        Field<StringGraphType>("jobReferenceId")
            .Description("Id of the started import job, for `job(referenceId:)`; null when `errors` is not empty.")
            .Resolve(context => context.Source.Result?.JobId);
        Field<ImportJobGraphType>("job")
            .ReachesResource<MutationPayload<ImportStarted>, object, ImportJob>()
            .Description("The started import job as casavi reports it right after the start (read back with GET /v2/jobs/{id}, only when selected); poll `job(referenceId:)` until `completed`.")
            .Resolve(context => context.Source.Result?.JobId is { } jobId ? context.Service<ResourceLoader<ImportJob>>().LoadAsync(jobId) : null);
    }
}
