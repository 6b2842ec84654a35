using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.Filtering;

namespace Casavi.GraphQL.Features.Staff;

/// <summary>What lists of staff members can be filtered and sorted by.</summary>
public sealed class StaffMemberFields : QueryableFields<StaffMember>
{
    public StaffMemberFields()
        : base("StaffMember", member => member.Id)
    {
        Text("referenceId", member => member.Id, "casavi reference ID of the staff member.");
        Number("internalId", member => member.InternalId, "casavi's internal database id.");
        Text("firstName", member => member.FirstName, "First name.");
        Text("lastName", member => member.LastName, "Last name.");
        Text("email", member => member.Email, "E-mail address.");
        Text("telephone", member => member.Telephone, "Telephone number.");
        Text("position", member => member.Position, "Job title or position.");
    }
}
