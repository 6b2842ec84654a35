using Casavi.Contract.Tickets;
using Casavi.GraphQL.Relay;

namespace Casavi.GraphQL.Features.TicketTypes;

public sealed class TicketTypeNodeSource() : LoaderNodeSource<TicketTypeGraphType, TicketTypeLoader, TicketType>("TicketType");
