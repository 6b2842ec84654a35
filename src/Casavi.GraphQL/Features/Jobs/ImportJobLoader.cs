using Casavi.Client.Api;
using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.DataLoading;

namespace Casavi.GraphQL.Features.Jobs;

/// <summary>Import jobs by id; casavi serves them only one by one.</summary>
public sealed class ImportJobLoader(IJobsApi jobs) : ByIdLoader<ImportJob>
{
    protected override string KeyOf(ImportJob value) => value.Id;

    protected override Task<ImportJob> GetByIdAsync(string key, CancellationToken cancellationToken) =>
        jobs.GetAsync(key, cancellationToken);
}
