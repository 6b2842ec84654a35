using Casavi.Contract;
using Casavi.Contract.Integration;
using Refit;

namespace Casavi.Client.Api;

public interface IConsumptionApi
{
    [Get("/v2/consumption/resources")]
    Task<Page<ConsumptionResource>> ListResourcesAsync(CancellationToken cancellationToken = default);

    [Get("/v2/consumption/resources/{resourceId}")]
    Task<ConsumptionResource> GetResourceAsync(string resourceId, CancellationToken cancellationToken = default);
}
