using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Filtering;
using Casavi.GraphQL.Kernel.Paging;
using Casavi.GraphQL.Kernel.Resources;
using GraphQL;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Tickets;

/// <summary>Declares a reverse-edge ticket connection (e.g. <c>Property.tickets</c>), loaded for all parents of a query level together and paged in memory.</summary>
public static class ParentTicketsField
{
    public static void AddTicketsField<TSource>(this ObjectGraphType<TSource> type, TicketParent parent, string name, string description, Func<TSource, string> parentId) =>
        type.ConnectionField<TSource, TicketGraphType>(name)
            .Reaches<TSource, object, ITicketsApi>(nameof(ITicketsApi.ListAsync))
            .Description(description)
            .Argument<InputEnumGraphType<TicketStatus>>("status", "Only tickets in this status.")
            .Queryable<TSource, object, Ticket>()
            .Resolve(context =>
            {
                var request = PageRequest.From(context);
                var query = ListQuery.From<Ticket>(context);
                var key = new ParentTickets(parent, parentId(context.Source), context.GetArgument<TicketStatus?>("status"));
                var scope = ListConnections.WholeScope(InMemoryConnection.Scope(name, $"{key.ParentId}:{key.Status}"), query);
                return context.Service<TicketsByParentLoader>().LoadAsync(key).Then(tickets => context.PageWhole(tickets ?? [], query, request, scope, []));
            });
}
