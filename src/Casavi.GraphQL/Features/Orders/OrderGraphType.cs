using Casavi.Contract.MasterData;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Features.Contacts;
using Casavi.GraphQL.Features.Tickets;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Relay;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Orders;

public sealed class OrderGraphType : ObjectGraphType<Order>
{
    public OrderGraphType(IEnumerable<ITypeExtension<OrderGraphType>> extensions)
    {
        Name = "Order";
        Description = "A work order placed with a contractor for a ticket.";
        this.IsNode(order => order.Id);

        Field("referenceId", order => order.Id).Description("casavi ID of the order (e.g. O-1001).");
        Field<NonNullGraphType<OrderStatusGraphType>>("status").Description("State of the order.").Resolve(context => context.Source.Status);
        Field(order => order.Description, nullable: true).Description("What the contractor is asked to do.");
        Field(order => order.ContractorName, nullable: true).Description("Name of the contractor as casavi shows it.");
        Field(order => order.CreatedAt).Description("When the order was placed.");
        Field(order => order.DueDate, nullable: true).Description("When the work is due.");
        Field(order => order.TicketId).Description("casavi reference ID of the order's ticket (use `ticket` for the ticket itself).");
        Field(order => order.OrderTypeId, nullable: true).Description("casavi ID of the order type.");
        Field(order => order.ContractorId, nullable: true).Description("casavi reference ID of the contractor, a contact.");

        this.ReferenceField<Order, OrderTypeGraphType, OrderType>("orderType", order => order.OrderTypeId)
            .Description("The kind of work order.");
        this.ReferenceField<Order, ContactGraphType, Contact>("contractor", order => order.ContractorId)
            .Description("The contractor the order is placed with.");
        this.ReferenceField<Order, TicketGraphType, Ticket>("ticket", order => order.TicketId)
            .Description("The ticket the order was placed for.");

        this.ApplyExtensions(extensions);
    }
}
