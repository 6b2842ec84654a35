using Casavi.Client.Api;
using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Features.Staff;

/// <summary>The property manager's staff; casavi lists them but serves no member by id.</summary>
public sealed class StaffMemberResource() : ListedResource<StaffMember, StaffMemberGraphType, IStaffApi>(
    "StaffMember", value => value.Id, (api, token) => api.ListAsync(token), "staff", "The property manager's staff members, in casavi's order.");
