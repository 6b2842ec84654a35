using Casavi.Contract.MasterData;
using Refit;

namespace Casavi.Client.Api;

public interface ISubcommunitiesApi
{
    [Get("/v2/subcommunities/{subcommunityId}")]
    Task<Subcommunity> GetAsync(string subcommunityId, CancellationToken cancellationToken = default);
}
