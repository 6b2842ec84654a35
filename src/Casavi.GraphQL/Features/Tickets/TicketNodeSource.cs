using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Relay;

namespace Casavi.GraphQL.Features.Tickets;

public sealed class TicketNodeSource() : LoaderNodeSource<TicketGraphType, TicketByIdLoader, Ticket>("Ticket");
