using Casavi.Client.Api;
using Casavi.Client.Paging;
using Casavi.Contract;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Resources;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Features.Tickets;

/// <summary>Tickets per reporting contact: casavi filters its ticket list by <c>contactId</c>.</summary>
public sealed class TicketsByReporterLoader(ITicketsApi tickets, ICasaviPager pager, TicketListLoader wholeList, ResourceLoader<Ticket> byId, IOptions<BatchingOptions> options)
    : TicketsByParentLoader(pager, wholeList, byId, options)
{
    protected override string? ParentOf(Ticket ticket) => ticket.ContactId;

    protected override Func<string, TicketStatus?, CancellationToken, Task<Page<Ticket>>> FilteredList =>
        (contactId, status, token) => tickets.ListAsync(status, contactId: contactId, cancellationToken: token);
}
