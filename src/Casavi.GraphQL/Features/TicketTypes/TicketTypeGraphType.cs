using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Relay;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.TicketTypes;

public sealed class TicketTypeGraphType : ObjectGraphType<TicketType>
{
    public TicketTypeGraphType(IEnumerable<ITypeExtension<TicketTypeGraphType>> extensions)
    {
        Name = "TicketType";
        Description = "A ticket category (e.g. Heizung), in one type group.";
        this.IsNode(type => type.Id);

        Field("referenceId", type => type.Id).Description("casavi ID of the ticket type (e.g. TT-01).");
        Field(type => type.Name).Description("Name of the ticket type.");
        Field(type => type.GroupId, nullable: true).Description("casavi ID of the type's group (use `group` for the group itself).");
        this.ReferenceField<TicketType, TicketTypeGroupGraphType, TicketTypeGroup>("group", type => type.GroupId)
            .Description("The group the type belongs to.");

        this.ApplyExtensions(extensions);
    }
}
