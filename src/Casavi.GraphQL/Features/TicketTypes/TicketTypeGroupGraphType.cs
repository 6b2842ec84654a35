using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Filtering;
using Casavi.GraphQL.Kernel.Relay;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.TicketTypes;

public sealed class TicketTypeGroupGraphType : ObjectGraphType<TicketTypeGroup>
{
    public TicketTypeGroupGraphType(IEnumerable<ITypeExtension<TicketTypeGroupGraphType>> extensions)
    {
        Name = "TicketTypeGroup";
        Description = "A group of ticket types (e.g. Technik).";
        this.IsNode(group => group.Id);

        Field("referenceId", group => group.Id).Description("casavi ID of the type group (e.g. TG-01).");
        Field(group => group.Name).Description("Name of the type group.");
        Field<ListGraphType<NonNullGraphType<TicketTypeGraphType>>>("types")
            .ReachesResource<TicketTypeGroup, object, TicketType>()
            .Description("The ticket types of the group, in casavi's order (the type list is walked once per request and grouped).")
            .ResolveQueryableList<TicketTypeGroup, TicketType>(context => context.Service<TicketTypesByGroupLoader>().LoadAsync(context.Source.Id));

        this.ApplyExtensions(extensions);
    }
}
