using Casavi.Client.Api;
using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.Staff;

/// <summary>The property manager's staff; casavi lists them but serves no member by id.</summary>
public sealed class StaffMemberResource : CasaviResource<StaffMember, StaffMemberGraphType, IStaffApi>
{
    public StaffMemberResource()
        : base("StaffMember", value => value.Id, null, (api, token) => api.ListAsync(token))
    {
        RootList = new RootList<StaffMember, IStaffApi, NoFilter>(
            "staff",
            "The property manager's staff members, in casavi's order.",
            (api, _, token) => api.ListAsync(token),
            _ => NoFilter.Instance);
    }
}
