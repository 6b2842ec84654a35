using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Paging;
using Casavi.GraphQL.Kernel.Fields;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.TicketTypes;

public sealed class TicketTypeQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.ConnectionField<object?, TicketTypeGraphType>("ticketTypes")
            .Description("The ticket categories of the account, in casavi's order.")
            .ResolveAsync(async context =>
            {
                var api = context.Service<ITicketsApi>();
                var loader = context.Service<TicketTypeLoader>();
                return await context.ResolveListAsync(new CasaviList<TicketType>("ticketTypes", api.ListTypesAsync), type => loader.Prime(type.Id, type));
            });

        query.ConnectionField<object?, TicketTypeGroupGraphType>("ticketTypeGroups")
            .Description("The groups of ticket categories, in casavi's order.")
            .ResolveAsync(async context =>
            {
                var api = context.Service<ITicketsApi>();
                var loader = context.Service<TicketTypeGroupLoader>();
                return await context.ResolveListAsync(new CasaviList<TicketTypeGroup>("ticketTypeGroups", api.ListTypeGroupsAsync), group => loader.Prime(group.Id, group));
            });
    }
}
