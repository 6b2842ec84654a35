using Casavi.Client.Api;
using Casavi.Client.Diagnostics;
using Casavi.Client.Paging;
using Casavi.Contract.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Tests.Tickets;

/// <summary>
/// What resolvers without batching would ask casavi for the must-show query: the ticket pages, then
/// per ticket one GET per by-id reference (property, unit, reporter) and, for what casavi serves
/// only as lists, a walk per ticket (assignee and type until found, the type's group, and all
/// orders). Sibling tickets run in parallel, as the engine runs them. Counted with the client's tracker.
/// </summary>
public sealed class NaiveTicketGraph(IServiceProvider services)
{
    public async Task<(int Requests, int Waves)> CountAsync(int ticketCount)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        var tickets = provider.GetRequiredService<ITicketsApi>();
        var pager = provider.GetRequiredService<ICasaviPager>();

        using var log = CasaviCallTracker.Begin();
        var page = new List<Ticket>();
        await foreach (var ticket in pager.WalkAsync(token => tickets.ListAsync(cancellationToken: token)))
        {
            page.Add(ticket);
            if (page.Count == ticketCount)
                break;
        }

        await Task.WhenAll(page.Select(ticket => ResolveAsync(provider, ticket)));
        return (log.Count, log.Waves);
    }

    private static async Task ResolveAsync(IServiceProvider provider, Ticket ticket)
    {
        var pager = provider.GetRequiredService<ICasaviPager>();
        var tickets = provider.GetRequiredService<ITicketsApi>();
        var staff = provider.GetRequiredService<IStaffApi>();
        await Task.WhenAll(
            ticket.PropertyId is { } propertyId ? provider.GetRequiredService<IPropertiesApi>().GetAsync(propertyId) : Task.CompletedTask,
            ticket.UnitId is { } unitId ? provider.GetRequiredService<IUnitsApi>().GetAsync(unitId, includeInactiveContracts: true) : Task.CompletedTask,
            ticket.ContactId is { } contactId ? provider.GetRequiredService<IContactsApi>().GetAsync(contactId) : Task.CompletedTask,
            ticket.AssigneeId is { } assigneeId ? FirstAsync(pager.WalkAsync(staff.ListAsync), member => member.Id == assigneeId) : Task.CompletedTask,
            TypeWithGroupAsync(pager, tickets, ticket.TypeId),
            pager.WalkAsync(token => tickets.ListOrdersAsync(cancellationToken: token)).Where(order => order.TicketId == ticket.Id).ToListAsync().AsTask());
    }

    private static async Task TypeWithGroupAsync(ICasaviPager pager, ITicketsApi tickets, string? typeId)
    {
        if (typeId is null)
            return;
        var type = await FirstAsync(pager.WalkAsync(tickets.ListTypesAsync), type => type.Id == typeId);
        if (type?.GroupId is { } groupId)
            await FirstAsync(pager.WalkAsync(tickets.ListTypeGroupsAsync), group => group.Id == groupId);
    }

    private static async Task<T?> FirstAsync<T>(IAsyncEnumerable<T> walk, Func<T, bool> match)
        where T : class => await walk.FirstOrDefaultAsync(match);
}
