using Casavi.Contract;
using Casavi.Contract.MasterData;
using Refit;

namespace Casavi.Client.Api;

public interface IUnitsApi
{
    [Get("/v2/units")]
    Task<Page<Unit>> ListAsync(bool? includeInactiveContracts = null, [Query(Format = CasaviQuery.DateFormat)] DateTimeOffset? modifiedAfter = null, CancellationToken cancellationToken = default);

    /// <summary>Assumed endpoint (x-assumed in the contract).</summary>
    [Get("/v2/units/{unitId}")]
    Task<Unit> GetAsync(string unitId, bool? includeInactiveContracts = null, CancellationToken cancellationToken = default);
}
