using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.Filtering;

namespace Casavi.GraphQL.Features.Properties;

/// <summary>What a property's responsibilities can be filtered and sorted by.</summary>
public sealed class ResponsibilityFields : QueryableFields<Responsibility>
{
    public ResponsibilityFields()
        // A responsibility has no ID of its own: a contact holds a role once per property.
        : base("Responsibility", responsibility => $"{responsibility.RoleName}/{responsibility.ContactId}")
    {
        Text("roleName", responsibility => responsibility.RoleName, "Name of the role.");
        Choice<ResponsibilityRoleType>("roleType", responsibility => responsibility.RoleType, "Internal or external; sorts INTERNAL, EXTERNAL.");
        Text("contactReferenceId", responsibility => responsibility.ContactId, "casavi reference ID of the responsible contact.");
        Number("contactInternalId", responsibility => responsibility.ContactInternalId, "casavi's internal id of the responsible contact.");
        Text("contactName", responsibility => responsibility.ContactName, "Display name of the responsible contact.");
        Text("email", responsibility => responsibility.Email, "E-mail address for this responsibility.");
        Text("telephone", responsibility => responsibility.Telephone, "Telephone number for this responsibility.");
        YesNo("showOnPortal", responsibility => responsibility.ShowOnPortal, "Whether the responsibility is shown on the portal.");
    }
}
