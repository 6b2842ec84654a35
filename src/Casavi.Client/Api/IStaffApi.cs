using Casavi.Contract;
using Casavi.Contract.MasterData;
using Refit;

namespace Casavi.Client.Api;

public interface IStaffApi
{
    [Get("/v2/staff")]
    Task<Page<StaffMember>> ListAsync(CancellationToken cancellationToken = default);
}
