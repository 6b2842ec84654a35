using System.Net;
using Casavi.Contract.Integration;
using Casavi.GraphQL.Tests.Subscriptions;

namespace Casavi.GraphQL.Tests.Events;

/// <summary>A casavi that calls its events otherwise (Gateway:Events:Names): hooks are registered and events understood under its names.</summary>
public sealed class ConfiguredEventNameTests
{
    private const string ConfiguredName = "Ticket.Created";

    [Fact]
    public async Task Ticket_created_under_a_configured_name_is_registered_and_reaches_subscribers()
    {
        await using var events = await EventsGateway.StartAsync(new Dictionary<string, string?> { ["Gateway:Events:Names:TicketCreated"] = ConfiguredName });
        await EventsGateway.WhenRegisteredAsync(events.Gateway.Services);
        Assert.Equal(
            new[] { ConfiguredName, RestHookEvents.TicketUpdated, RestHookEvents.PostCreated }.Order(StringComparer.Ordinal),
            events.HooksToGateway().Select(hook => hook.Event).Order(StringComparer.Ordinal));
        using var inbox = await HubSubscription.StartReadingAsync(events.Gateway.Services, "subscription { ticketCreated { referenceId } }");
        var tickets = events.Sandbox.Data.Tickets.All().Take(2).Select(ticket => ticket.Id).ToList();

        // The contract's own name is no longer casavi's: accepted, as any unknown event, and ignored.
        using var underContractName = await events.PostEventAsync(events.Paths.PathFor("default"), new { hookId = "H-1", @event = RestHookEvents.TicketCreated, entityId = tickets[0] });
        using var underConfiguredName = await events.PostEventAsync(events.Paths.PathFor("default"), new { hookId = "H-1", @event = ConfiguredName, entityId = tickets[1] });

        Assert.Equal(HttpStatusCode.Accepted, underContractName.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, underConfiguredName.StatusCode);
        // Events are published in the order received: the first to arrive being the second means the first took no effect.
        Assert.Equal(tickets[1], (await inbox.NextEntityAsync("ticketCreated")).GetProperty("referenceId").GetString());
    }
}
