using Casavi.Contract.Tickets;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Tickets;

public sealed class TicketStatusGraphType : EnumerationGraphType<TicketStatus>
{
    public TicketStatusGraphType()
    {
        Name = "TicketStatus";
        Description = "Processing state of a ticket. UNKNOWN stands for a value casavi added after this gateway was built.";
    }
}
