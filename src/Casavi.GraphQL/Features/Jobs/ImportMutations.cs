using Casavi.Client.Api;
using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Mutations;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Jobs;

public sealed class ImportMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<StartImportInputGraphType, StartImport>(
                "startImport",
                "Starts an import of properties, units and contacts (POST /v2/import); casavi imports in the background, follow it with "
                + "`job`. The input is checked first (ids, names, size). An import is never repeated by the gateway: casavi's answer to it "
                + "cannot be checked, so an unclear failure comes back as UPSTREAM_UNAVAILABLE.")
            .AdministersAccount()
            .Validate(ImportValidation.Validate)
            .WriteOnce<IJobsApi, ImportStarted>(
                (jobs, import, token) => jobs.StartImportAsync(import, token),
                "Look at the imported entities in casavi before starting the import again.")
            .Returns<StartImportPayloadGraphType>();
}
