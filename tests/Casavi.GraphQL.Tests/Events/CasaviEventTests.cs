using System.Net;
using System.Text.Json;
using Casavi.Contract.Integration;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Events;

/// <summary>casavi's rest hooks call the gateway, which drops the account's cached entries of the changed kind of entity.</summary>
public sealed class CasaviEventTests
{
    private const string Title = "Wasserschaden im Keller (Event)";
    private static readonly string TicketsTitled = $$"""{ tickets(where: { title: { eq: "{{Title}}" } }) { nodes { title } } }""";

    [Fact]
    public async Task Registration_creates_one_hook_per_event_and_a_restart_creates_none()
    {
        await using var events = await EventsGateway.StartAsync();
        await EventsGateway.WhenRegisteredAsync(events.Gateway.Services);

        Assert.Equal(RestHookEvents.All.Order(), events.HooksToGateway().Select(hook => hook.Event).Order());

        // Another replica, or the next start, behind the same public address.
        await using var restarted = new GatewayFixture(EventsGateway.SettingsFor(events.Sandbox, new Uri(events.Gateway.BaseAddress.ToString())));
        await restarted.InitializeAsync();
        await EventsGateway.WhenRegisteredAsync(restarted.Services);

        Assert.Equal(RestHookEvents.All.Count, events.HooksToGateway().Count);
    }

    [Fact]
    public async Task A_ticket_created_in_casavi_shows_through_the_cache_after_its_event()
    {
        await using var events = await EventsGateway.StartAsync();
        await EventsGateway.WhenRegisteredAsync(events.Gateway.Services);
        Assert.Equal(0, Titles(await events.PostQueryAsync(TicketsTitled)));
        Assert.True(UpstreamCost.From(await events.PostQueryAsync(TicketsTitled)).CacheHits > 0);

        await events.CreateTicketInCasaviAsync(Title);

        await Eventually.HoldsAsync(async () => Titles(await events.PostQueryAsync(TicketsTitled)) == 1);
    }

    [Fact]
    public async Task A_ticket_event_drops_only_what_holds_tickets()
    {
        const string Properties = "{ properties(first: 5) { nodes { name } } }";
        await using var events = await EventsGateway.StartAsync();
        await EventsGateway.WhenRegisteredAsync(events.Gateway.Services);
        await events.PostQueryAsync(Properties);
        await events.PostQueryAsync(TicketsTitled);

        await events.CreateTicketInCasaviAsync(Title);
        await Eventually.HoldsAsync(async () => Titles(await events.PostQueryAsync(TicketsTitled)) == 1);

        var properties = UpstreamCost.From(await events.PostQueryAsync(Properties));
        Assert.Equal(0, properties.Requests);
        Assert.True(properties.CacheHits > 0);
    }

    [Fact]
    public async Task A_ticket_event_brings_the_cached_ticket_list_up_to_date_with_one_request()
    {
        await using var events = await EventsGateway.StartAsync();
        await EventsGateway.WhenRegisteredAsync(events.Gateway.Services);
        Assert.True(events.Sandbox.Data.Tickets.All().Count > 25, "the ticket list must have several pages for the difference to show");
        await events.PostQueryAsync(TicketsTitled);

        await events.CreateTicketInCasaviAsync(Title);
        // Until the event has taken effect the cached list answers (no request); the first answer after it shows the ticket.
        var afterEvent = default(JsonElement);
        await Eventually.HoldsAsync(async () => Titles(afterEvent = await events.PostQueryAsync(TicketsTitled)) == 1);

        // Only what changed since the list was read (modifiedAfter), not the whole list again.
        Assert.Equal(1, UpstreamCost.From(afterEvent).Requests);
    }

    [Theory]
    [InlineData("default", "wrong-token")]
    [InlineData("unknown-account", null)]
    public async Task A_call_without_the_accounts_token_is_refused_and_the_cache_kept(string account, string? token)
    {
        await using var events = await EventsGateway.StartAsync();
        await events.PostQueryAsync(TicketsTitled);

        using var response = await events.PostEventAsync(
            $"/casavi/events/{account}/{token ?? events.Paths.TokenFor("default")}",
            new { hookId = "H-1", @event = RestHookEvents.TicketCreated, entityId = "T-1", occurredAt = DateTimeOffset.UtcNow });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(UpstreamCost.From(await events.PostQueryAsync(TicketsTitled)).CacheHits > 0);
    }

    [Theory]
    [InlineData("ticket.archived", "T-1")]
    [InlineData(RestHookEvents.TicketCreated, null)]
    public async Task An_unknown_event_is_accepted_and_changes_nothing(string eventName, string? entityId)
    {
        await using var events = await EventsGateway.StartAsync();
        await events.PostQueryAsync(TicketsTitled);

        using var response = await events.PostEventAsync(events.Paths.PathFor("default"), new { hookId = "H-1", @event = eventName, entityId });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(UpstreamCost.From(await events.PostQueryAsync(TicketsTitled)).CacheHits > 0);
    }

    private static int Titles(JsonElement response) =>
        response.GetProperty("data").GetProperty("tickets").GetProperty("nodes").GetArrayLength();
}
