using Casavi.Client.Paging;
using Casavi.Contract;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Resources;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Features.Tickets;

/// <summary>Tickets per assigned staff member: casavi cannot filter by assignee, so the whole list is walked once and grouped.</summary>
public sealed class TicketsByAssigneeLoader(ICasaviPager pager, TicketListLoader wholeList, ResourceLoader<Ticket> byId, IOptions<BatchingOptions> options)
    : TicketsByParentLoader(pager, wholeList, byId, options)
{
    protected override string? ParentOf(Ticket ticket) => ticket.AssigneeId;

    protected override Func<string, TicketStatus?, CancellationToken, Task<Page<Ticket>>>? FilteredList => null;
}
