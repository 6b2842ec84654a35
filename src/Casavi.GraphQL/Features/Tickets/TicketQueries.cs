using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Paging;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Scalars;
using GraphQL;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Tickets;

public sealed class TicketQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.ConnectionField<object?, TicketGraphType>("tickets")
            .Description("Tickets of the account, in casavi's order; the filters are applied by casavi.")
            .Argument<TicketStatusGraphType>("status", "Only tickets in this status.")
            .Argument<IdGraphType>("propertyId", "Only tickets of the property with this casavi reference ID.")
            .Argument<IdGraphType>("contactId", "Only tickets reported by the contact with this casavi reference ID.")
            .Argument<DateTimeScalar>("modifiedAfter", "Only tickets modified after this moment.")
            .ResolveAsync(async context =>
            {
                var status = EnumFilter.Read<TicketStatus>(context, "status");
                var propertyId = context.GetArgument<string?>("propertyId");
                var contactId = context.GetArgument<string?>("contactId");
                var modifiedAfter = context.GetArgument<DateTimeOffset?>("modifiedAfter");
                var api = context.Service<ITicketsApi>();
                var loader = context.Service<TicketByIdLoader>();
                var list = new CasaviList<Ticket>(
                    $"tickets?status={status}&propertyId={propertyId}&contactId={contactId}&modifiedAfter={modifiedAfter:O}",
                    token => api.ListAsync(status, propertyId, contactId, modifiedAfter, token));
                return await context.ResolveListAsync(list, ticket => loader.Prime(ticket.Id, ticket));
            });

        query.ReferenceIdField<TicketGraphType, TicketByIdLoader, Ticket>("ticket", "Ticket");
    }
}
