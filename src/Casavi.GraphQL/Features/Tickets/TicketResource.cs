using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Mutations;
using Casavi.GraphQL.Kernel.Resources;
using Casavi.GraphQL.Kernel.Scalars;
using GraphQL;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Tickets;

/// <summary>casavi's tickets: by id and as a list casavi filters by status, property, reporter and modification time.</summary>
public sealed class TicketResource : CasaviResource<Ticket, TicketGraphType, ITicketsApi>
{
    /// <summary>What mutations refer to or write.</summary>
    public static EntityKind<Ticket> Kind { get; } = EntityKind.Of(new TicketResource());

    public TicketResource()
        : base("Ticket", ticket => ticket.Id, (api, id, token) => api.GetAsync(id, token), (api, token) => api.ListAsync(null, null, null, null, token))
    {
        ByIdField = "ticket";
        ByIdRouteIsAssumed = true;
        ChangedSince = (api, since, token) => api.ListAsync(null, null, null, since, token);
        RootList = new RootList<Ticket, ITicketsApi, Filter>(
            "tickets",
            "Tickets of the account, in casavi's order. `status`, `propertyId` and `contactId` (as arguments, or as one value in `where`) are passed on to casavi; the gateway checks every condition on what it answers.",
            (api, filter, token) => api.ListAsync(filter.Status, filter.PropertyId, filter.ContactId, filter.ModifiedAfter, token),
            context => new Filter(
                context.GetArgument<TicketStatus?>("status"),
                context.GetArgument<string?>("propertyId"),
                context.GetArgument<string?>("contactId"),
                context.GetArgument<DateTimeOffset?>("modifiedAfter")))
        {
            PushDown = (filter, where) => filter with
            {
                Status = where.Equal("status", filter.Status),
                PropertyId = where.Equal("propertyId", filter.PropertyId),
                ContactId = where.Equal("contactId", filter.ContactId),
            },
            Arguments = field => field
                .Argument<InputEnumGraphType<TicketStatus>>("status", "Only tickets in this status.")
                .Argument<StringGraphType>("propertyId", "Only tickets of the property with this casavi reference ID.")
                .Argument<StringGraphType>("contactId", "Only tickets reported by the contact with this casavi reference ID.")
                .Argument<DateTimeScalar>("modifiedAfter", "Only tickets modified after this moment."),
        };
    }

    private sealed record Filter(TicketStatus? Status, string? PropertyId, string? ContactId, DateTimeOffset? ModifiedAfter);
}
