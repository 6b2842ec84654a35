using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Casavi.Client;
using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Subscriptions;
using Casavi.GraphQL.Tests.Infrastructure;
using Casavi.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Tests.Subscriptions;

/// <summary>A WebSocket client that stops reading, on a real socket: the gateway cuts it off, and a reading client misses nothing.</summary>
public sealed class StalledClientTests
{
    private const string TicketChanged = "subscription { ticketChanged { title description } }";
    private const string Title = "Heizung ausgefallen (stalled)";

    [Fact]
    public async Task A_client_that_stops_reading_is_cut_off_while_a_reading_client_gets_every_event()
    {
        await using var gateway = new KestrelGateway(new Dictionary<string, string?> { ["Gateway:Subscriptions:QueueCapacity"] = "10" });
        var hub = gateway.Services.GetRequiredService<ChangeHub>();
        var change = EntityChange.Of(
            gateway.Services.GetRequiredService<CasaviAccounts>().Default!, RestHookEvents.TicketUpdated, await CreateLargeTicketAsync(gateway.Services.GetRequiredService<SandboxServer>()));
        await using var reader = await GraphQLWsClient.InitializedAsync(gateway.BaseAddress);
        await reader.SubscribeAsync("reader", TicketChanged);
        await Eventually.HoldsAsync(() => Task.FromResult(hub.Count == 1));
        using var stalled = await StalledWebSocket.SubscribeAsync(new UriBuilder(gateway.BaseAddress) { Scheme = "ws", Path = "/graphql" }.Uri, TicketChanged, 4096, CancellationToken.None);
        await Eventually.HoldsAsync(() => Task.FromResult(hub.Count == 2));

        // Events until the stalled client's buffers and queue are full and its subscription leaves the hub;
        // the limits only keep a broken cut-off from hanging the run.
        var delivered = 0;
        var waited = Stopwatch.StartNew();
        while (hub.Count == 2)
        {
            Assert.True(delivered < 20_000 && waited.Elapsed < TimeSpan.FromMinutes(2), $"The stalled client was still subscribed after {delivered} events.");
            await hub.DeliverAsync(change, CancellationToken.None);
            delivered++;
            AssertTicket(await reader.ReceiveAsync());
        }

        await hub.DeliverAsync(change, CancellationToken.None);
        AssertTicket(await reader.ReceiveAsync());
        Assert.Equal(1, hub.Count);
    }

    private static void AssertTicket(JsonElement next)
    {
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal(Title, next.GetProperty("payload").GetProperty("data").GetProperty("ticketChanged").GetProperty("title").GetString());
    }

    /// <summary>A ticket whose description makes every event about 32 KB, so the stalled client's buffers fill in a few hundred events.</summary>
    private static async Task<string> CreateLargeTicketAsync(SandboxServer casavi)
    {
        using var client = new HttpClient { BaseAddress = casavi.BaseUrl };
        var description = string.Concat(Enumerable.Repeat("Heizung im Keller ausgefallen. ", 1060));
        using var response = await client.PostAsJsonAsync("/_sandbox/tickets", new { id = $"T-stall-{Guid.NewGuid():N}", title = Title, description, propertyId = "P-00001" });
        Assert.True(response.IsSuccessStatusCode, $"POST /_sandbox/tickets answered {(int)response.StatusCode}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
