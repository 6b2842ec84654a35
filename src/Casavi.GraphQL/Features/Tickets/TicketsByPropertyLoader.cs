using Casavi.Client.Api;
using Casavi.Client.Paging;
using Casavi.Contract;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Resources;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Features.Tickets;

/// <summary>Tickets per property: casavi filters its ticket list by <c>propertyId</c>.</summary>
public sealed class TicketsByPropertyLoader(ITicketsApi tickets, ICasaviPager pager, TicketListLoader wholeList, ResourceLoader<Ticket> byId, IOptions<BatchingOptions> options)
    : TicketsByParentLoader(pager, wholeList, byId, options)
{
    protected override string? ParentOf(Ticket ticket) => ticket.PropertyId;

    protected override Func<string, TicketStatus?, CancellationToken, Task<Page<Ticket>>> FilteredList =>
        (propertyId, status, token) => tickets.ListAsync(status, propertyId: propertyId, cancellationToken: token);
}
