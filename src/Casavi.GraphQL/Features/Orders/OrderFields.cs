using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Filtering;

namespace Casavi.GraphQL.Features.Orders;

/// <summary>What lists of work orders can be filtered and sorted by.</summary>
public sealed class OrderFields : QueryableFields<Order>
{
    public OrderFields()
        : base("Order", order => order.Id)
    {
        Text("referenceId", order => order.Id, "casavi ID of the order.");
        Choice<OrderStatus>("status", order => order.Status, "State of the order; sorts OPEN, ACCEPTED, COMPLETED, DECLINED.");
        Text("description", order => order.Description, "What the contractor is asked to do.");
        Text("contractorName", order => order.ContractorName, "Name of the contractor.");
        Moment("createdAt", order => order.CreatedAt, "When the order was placed.");
        Moment("dueDate", order => order.DueDate, "When the work is due.");
        Text("ticketId", order => order.TicketId, "casavi reference ID of the order's ticket.");
        Text("orderTypeId", order => order.OrderTypeId, "casavi ID of the order type.");
        Text("contractorId", order => order.ContractorId, "casavi reference ID of the contractor, a contact.");
    }
}
