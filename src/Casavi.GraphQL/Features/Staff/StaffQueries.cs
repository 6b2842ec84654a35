using Casavi.Client.Api;
using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.Paging;
using Casavi.GraphQL.Kernel.Fields;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Staff;

public sealed class StaffQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.ConnectionField<object?, StaffMemberGraphType>("staff")
            .Description("The property manager's staff members, in casavi's order.")
            .ResolveAsync(async context =>
            {
                var api = context.Service<IStaffApi>();
                var loader = context.Service<StaffMemberLoader>();
                return await context.ResolveListAsync(new CasaviList<StaffMember>("staff", api.ListAsync), member => loader.Prime(member.Id, member));
            });
    }
}
