using Casavi.Client.Api;
using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.Subcommunities;

/// <summary>casavi's subcommunities, served by id only.</summary>
public sealed class SubcommunityResource() : FetchedResource<Subcommunity, SubcommunityGraphType, ISubcommunitiesApi>(
    "Subcommunity", value => value.Id, (api, id, token) => api.GetAsync(id, token), "subcommunity");
