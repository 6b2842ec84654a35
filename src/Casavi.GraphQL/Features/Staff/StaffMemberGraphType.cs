using Casavi.Contract.MasterData;
using Casavi.GraphQL.Kernel.Relay;
using Casavi.GraphQL.Kernel.Fields;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Staff;

public sealed class StaffMemberGraphType : ObjectGraphType<StaffMember>
{
    public StaffMemberGraphType(IEnumerable<ITypeExtension<StaffMemberGraphType>> extensions)
    {
        Name = "StaffMember";
        Description = "An employee of the property manager with access to casavi.";
        this.IsNode(member => member.Id);

        Field("referenceId", member => member.Id).Description("casavi reference ID of the staff member.");
        Field(member => member.InternalId).Description("casavi's internal database id.");
        Field(member => member.FirstName, nullable: true).Description("First name.");
        Field(member => member.LastName, nullable: true).Description("Last name.");
        Field(member => member.Email, nullable: true).Description("E-mail address.");
        Field(member => member.Telephone, nullable: true).Description("Telephone number.");
        Field(member => member.Position, nullable: true).Description("Job title or position.");

        this.ApplyExtensions(extensions);
    }
}
