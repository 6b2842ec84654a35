using Casavi.Client.Api;
using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Mutations;
using Casavi.GraphQL.Kernel.Fields;
using GraphQL;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Jobs;

public sealed class ImportMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.MutationField<StartImportInputGraphType, StartImportPayloadGraphType>("startImport")
            .Description("Starts an import of properties, units and contacts (POST /v2/import); casavi imports in the background, follow it with "
                + "`job`. The input is checked first (ids, names, size). An import is never repeated by the gateway: casavi's answer to it "
                + "cannot be checked, so an unclear failure comes back as UPSTREAM_UNAVAILABLE.")
            .ResolveAsync(async context =>
            {
                var import = context.GetInput<StartImport>();
                var check = ImportValidation.Validate(import);
                if (check.HasErrors)
                    return new StartImportPayload(null, check.Errors);

                var jobs = context.Service<IJobsApi>();
                var started = await WriteErrors.TryAsync(() => jobs.StartImportAsync(import, context.CancellationToken), check.Path);
                return started.Error is { } error
                    ? new StartImportPayload(null, [error])
                    : new StartImportPayload(started.Value!.JobId, []);
            });
}
