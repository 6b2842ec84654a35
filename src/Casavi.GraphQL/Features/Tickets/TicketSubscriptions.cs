using Casavi.Contract.Integration;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Subscriptions;
using GraphQL;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Tickets;

/// <summary><c>ticketCreated</c> and <c>ticketChanged</c>: tickets as casavi reports them created or updated.</summary>
public sealed class TicketSubscriptions : ISubscriptionFields
{
    private static readonly ChangeTopic<Ticket> Created = new(RestHookEvents.TicketCreated);
    private static readonly ChangeTopic<Ticket> CreatedOrUpdated = new(RestHookEvents.TicketCreated, RestHookEvents.TicketUpdated);

    public void AddTo(ObjectGraphType subscription)
    {
        subscription.ChangeField<TicketGraphType, Ticket>("ticketCreated", Created, OfProperty)
            .Description("A ticket reported in casavi (by a resident, staff or an integration), for a ticket inbox. Null with an error when casavi could not be read after the event.")
            .Argument<StringGraphType>("propertyId", "Only tickets of the property with this casavi reference ID.");
        subscription.ChangeField<TicketGraphType, Ticket>("ticketChanged", CreatedOrUpdated)
            .Description("A ticket created or updated in casavi (status, assignee, title…), with `where` to follow one ticket, a property or a status. Null with an error when casavi could not be read after the event.");
    }

    private static Func<Ticket, bool> OfProperty(IResolveFieldContext context) =>
        context.GetArgument<string?>("propertyId") is { } propertyId ? ticket => ticket.PropertyId == propertyId : _ => true;
}
