using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.Fields;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Subcommunities;

public sealed class SubcommunityQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.ReferenceIdField<SubcommunityGraphType, SubcommunityLoader, Subcommunity>("subcommunity", "Subcommunity");
}
