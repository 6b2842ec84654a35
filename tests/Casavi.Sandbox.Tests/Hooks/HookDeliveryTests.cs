using System.Diagnostics;
using Casavi.Contract.Integration;
using Casavi.Sandbox.Tests.Contract;

namespace Casavi.Sandbox.Tests.Hooks;

/// <summary>A change in the sandbox calls the rest hooks subscribed to its event, with the contract's payload.</summary>
public sealed class HookDeliveryTests : HookTestBed
{
    [Fact]
    public async Task A_ticket_reported_in_casavi_calls_the_ticket_created_hook()
    {
        var hookId = await SubscribeAsync(RestHookEvents.TicketCreated, "tickets");

        using var response = await Client.PostAsJsonAsync("/_sandbox/tickets", new { title = "Heizung fällt aus", propertyId = "P-00001" });
        var ticketId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await SettledAsync(hookId);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        AssertSingleEvent(hookId, "tickets", RestHookEvents.TicketCreated, ticketId);
    }

    [Fact]
    public async Task A_ticket_edited_in_casavi_calls_the_ticket_updated_hook()
    {
        var hookId = await SubscribeAsync(RestHookEvents.TicketUpdated, "tickets");
        var ticketId = Server.Data.Tickets.All()[0].Id;

        using var response = await Client.PatchAsJsonAsync($"/_sandbox/tickets/{ticketId}", new { status = "CLOSED" });
        await SettledAsync(hookId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("CLOSED", (await Host.GetJsonAsync($"/v2/tickets/{ticketId}")).GetProperty("status").GetString());
        AssertSingleEvent(hookId, "tickets", RestHookEvents.TicketUpdated, ticketId);
    }

    [Fact]
    public async Task A_created_post_calls_the_post_created_hook()
    {
        var hookId = await SubscribeAsync(RestHookEvents.PostCreated, "posts");

        var postId = await CreatePostAsync("post-hook-1");
        await SettledAsync(hookId);

        AssertSingleEvent(hookId, "posts", RestHookEvents.PostCreated, postId);
    }

    [Fact]
    public async Task A_hook_for_another_event_is_not_called()
    {
        var postHookId = await SubscribeAsync(RestHookEvents.PostCreated, "posts");
        var ticketHookId = await SubscribeAsync(RestHookEvents.TicketCreated, "tickets");

        using var response = await Client.PostAsJsonAsync("/_sandbox/tickets", new { title = "Tür klemmt", propertyId = "P-00001" });
        await SettledAsync(ticketHookId);

        Assert.Equal(0, Server.HookDeliveries.Scheduled(postHookId));
        Assert.Empty(Receiver.CallsTo("posts"));
        Assert.Single(Receiver.CallsTo("tickets"));
    }

    [Fact]
    public async Task The_first_call_waits_for_the_delivery_delay()
    {
        var delay = TimeSpan.FromMilliseconds(300);
        Server.Knobs.HookDeliveryDelayMilliseconds = (int)delay.TotalMilliseconds;
        var hookId = await SubscribeAsync(RestHookEvents.PostCreated, "posts");

        var written = Stopwatch.GetTimestamp();
        await CreatePostAsync("post-hook-delayed");
        await SettledAsync(hookId);

        var call = Assert.Single(Receiver.CallsTo("posts"));
        Assert.True(Stopwatch.GetElapsedTime(written, call.ArrivedTimestamp) >= delay, "the hook was called before the delay");
    }

    [Fact]
    public async Task A_removed_hook_is_not_called()
    {
        var hookId = await SubscribeAsync(RestHookEvents.PostCreated, "posts");

        using var removed = await Client.DeleteAsync($"/v2/restHooks/{hookId}");
        await CreatePostAsync("post-hook-removed");

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(0, Server.HookDeliveries.Scheduled(hookId));
        Assert.Empty(Receiver.CallsTo("posts"));
    }

    private void AssertSingleEvent(string hookId, string path, string eventName, string entityId)
    {
        var body = Assert.Single(Receiver.CallsTo(path)).Body;
        Assert.Empty(SchemaValidator.Closed.Validate("#/components/schemas/RestHookEvent", body));
        var received = CasaviBody.Read<RestHookEvent>(body);
        Assert.Equal((hookId, eventName, entityId), (received.HookId, received.Event, received.EntityId));
        Assert.Equal((1, 1), (Server.HookDeliveries.Attempts(hookId), Server.HookDeliveries.Successes(hookId)));
    }
}
