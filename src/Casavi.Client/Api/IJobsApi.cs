using Casavi.Contract.Integration;
using Refit;

namespace Casavi.Client.Api;

public interface IJobsApi
{
    [Get("/v2/jobs/{jobId}")]
    Task<ImportJob> GetAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary>Assumed body and answer (x-assumed in the contract); the route is named in the job's description.</summary>
    [Post("/v2/import")]
    Task<ImportStarted> StartImportAsync([Body] StartImport import, CancellationToken cancellationToken = default);
}
