using Casavi.Contract.Tickets;
using Casavi.GraphQL.Relay;

namespace Casavi.GraphQL.Features.TicketTypes;

public sealed class TicketTypeGroupNodeSource() : LoaderNodeSource<TicketTypeGroupGraphType, TicketTypeGroupLoader, TicketTypeGroup>("TicketTypeGroup");
