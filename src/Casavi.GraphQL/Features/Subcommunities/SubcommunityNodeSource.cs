using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.Relay;

namespace Casavi.GraphQL.Features.Subcommunities;

public sealed class SubcommunityNodeSource() : LoaderNodeSource<SubcommunityGraphType, SubcommunityLoader, Subcommunity>("Subcommunity");
