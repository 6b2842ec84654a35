using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Relay;

namespace Casavi.GraphQL.Features.Checklists;

public sealed class TicketChecklistNodeSource() : LoaderNodeSource<TicketChecklistGraphType, TicketChecklistLoader, TicketChecklist>("TicketChecklist");
