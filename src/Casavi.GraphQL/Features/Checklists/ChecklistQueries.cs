using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Paging;
using Casavi.GraphQL.Kernel.Fields;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Checklists;

public sealed class ChecklistQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.ConnectionField<object?, TicketChecklistGraphType>("checklists")
            .Description("Checklists of all tickets, in casavi's order.")
            .ResolveAsync(async context =>
            {
                var api = context.Service<ITicketsApi>();
                var loader = context.Service<TicketChecklistLoader>();
                return await context.ResolveListAsync(new CasaviList<TicketChecklist>("checklists", api.ListChecklistsAsync), checklist => loader.Prime(checklist.Id, checklist));
            });
}
