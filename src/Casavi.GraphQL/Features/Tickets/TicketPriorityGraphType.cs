using Casavi.Contract.Tickets;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Tickets;

public sealed class TicketPriorityGraphType : EnumerationGraphType<TicketPriority>
{
    public TicketPriorityGraphType()
    {
        Name = "TicketPriority";
        Description = "Priority of a ticket. UNKNOWN stands for a value casavi added after this gateway was built.";
    }
}
