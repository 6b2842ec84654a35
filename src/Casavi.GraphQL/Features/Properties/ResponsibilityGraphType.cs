using Casavi.Contract.MasterData;
using Casavi.GraphQL.Features.Contacts;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Properties;

public sealed class ResponsibilityGraphType : ObjectGraphType<Responsibility>
{
    public ResponsibilityGraphType()
    {
        Name = "Responsibility";
        Description = "Who is responsible for what in a property, internally or externally (e.g. Hausverwaltung, Hausmeister).";
        Field(responsibility => responsibility.RoleName).Description("Name of the role (e.g. Hausverwaltung).");
        Field<NonNullGraphType<ResponsibilityRoleTypeGraphType>>("roleType").Description("Internal or external.").Resolve(context => context.Source.RoleType);
        Field("contactReferenceId", responsibility => responsibility.ContactId).Description("casavi reference ID of the responsible contact.");
        Field("contactInternalId", responsibility => responsibility.ContactInternalId).Description("casavi's internal id of the responsible contact.");
        Field(responsibility => responsibility.ContactName).Description("Display name of the responsible contact.");
        Field(responsibility => responsibility.Email, nullable: true).Description("E-mail address for this responsibility.");
        Field(responsibility => responsibility.Telephone, nullable: true).Description("Telephone number for this responsibility.");
        Field(responsibility => responsibility.ShowOnPortal, nullable: true).Description("Whether the responsibility is shown on the portal.");
        this.ReferenceField<Responsibility, ContactGraphType, Contact>("contact", responsibility => responsibility.ContactId)
            .Description("The responsible contact.");
    }
}
