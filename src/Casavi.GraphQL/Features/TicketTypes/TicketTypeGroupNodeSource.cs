using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Relay;

namespace Casavi.GraphQL.Features.TicketTypes;

public sealed class TicketTypeGroupNodeSource() : LoaderNodeSource<TicketTypeGroupGraphType, TicketTypeGroupLoader, TicketTypeGroup>("TicketTypeGroup");
