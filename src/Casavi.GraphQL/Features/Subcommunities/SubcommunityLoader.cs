using Casavi.Client.Api;
using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.DataLoading;

namespace Casavi.GraphQL.Features.Subcommunities;

/// <summary>Subcommunities by reference ID; casavi serves them only one by one.</summary>
public sealed class SubcommunityLoader(ISubcommunitiesApi subcommunities) : ByIdLoader<Subcommunity>
{
    protected override string KeyOf(Subcommunity value) => value.Id;

    protected override Task<Subcommunity> GetByIdAsync(string key, CancellationToken cancellationToken) =>
        subcommunities.GetAsync(key, cancellationToken);
}
