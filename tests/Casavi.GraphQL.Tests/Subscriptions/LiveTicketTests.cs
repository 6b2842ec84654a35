using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Casavi.GraphQL.Kernel.Subscriptions;
using Casavi.GraphQL.Tests.Events;
using Casavi.GraphQL.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Casavi.GraphQL.Tests.Subscriptions;

/// <summary>
/// A ticket reported in casavi reaches subscribers as casavi's rest hook calls the gateway: over
/// graphql-transport-ws and Server-Sent Events, with nested fields, and across replicas through Redis.
/// </summary>
public sealed class LiveTicketTests(ITestOutputHelper output)
{
    private const string TicketCreated = "subscription { ticketCreated(propertyId: \"P-00001\") { title property { name } reporter { referenceId lastName } } }";

    [Fact]
    public async Task A_WebSocket_subscriber_gets_the_created_ticket_with_nested_fields()
    {
        await using var events = await EventsGateway.StartAsync();
        await EventsGateway.WhenRegisteredAsync(events.Gateway.Services);
        var reporter = await SomeContactAsync(events);
        await using var client = await GraphQLWsClient.InitializedAsync(events.Gateway.BaseAddress);
        await client.SubscribeAsync("inbox", TicketCreated);
        await SubscribedAsync(events.Gateway);

        var clock = Stopwatch.StartNew();
        await events.CreateTicketInCasaviAsync("Aufzug steckt fest (WS)", reporter.Id);
        var next = await client.ReceiveAsync();
        output.WriteLine($"ticket created → next message: {clock.ElapsedMilliseconds} ms");

        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("inbox", next.GetProperty("id").GetString());
        AssertTicket(next.GetProperty("payload"), "Aufzug steckt fest (WS)", reporter);
    }

    [Fact]
    public async Task A_Server_Sent_Events_subscriber_gets_the_created_ticket_with_nested_fields()
    {
        await using var events = await EventsGateway.StartAsync();
        await EventsGateway.WhenRegisteredAsync(events.Gateway.Services);
        var reporter = await SomeContactAsync(events);
        using var client = events.Gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = TicketCreated }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var stream = new StreamReader(await response.Content.ReadAsStreamAsync());
        await SubscribedAsync(events.Gateway);

        var clock = Stopwatch.StartNew();
        await events.CreateTicketInCasaviAsync("Aufzug steckt fest (SSE)", reporter.Id);
        var (name, data) = await NextEventAsync(stream);
        output.WriteLine($"ticket created → next event: {clock.ElapsedMilliseconds} ms");

        Assert.Equal("next", name);
        AssertTicket(data, "Aufzug steckt fest (SSE)", reporter);
    }

    [Fact]
    public async Task A_subscriber_on_replica_B_gets_the_event_whose_hook_hit_replica_A()
    {
        await using var events = await EventsGateway.StartAsync(new Dictionary<string, string?> { ["Cache:Redis"] = RedisServer.Shared });
        // Replica B sits behind the same public address (a load balancer that sends casavi's calls to A).
        var settings = EventsGateway.SettingsFor(events.Sandbox, events.PublicUrl, RedisServer.Shared);
        await using var replicaB = new KestrelGateway(settings);
        await EventsGateway.WhenRegisteredAsync(events.Gateway.Services);
        await EventsGateway.WhenRegisteredAsync(replicaB.Services);
        var reporter = await SomeContactAsync(events);
        await using var client = await GraphQLWsClient.InitializedAsync(replicaB.BaseAddress);
        await client.SubscribeAsync("b", TicketCreated);
        await SubscribedAsync(replicaB);
        var hooksOnB = ReceivedHookCalls(replicaB);

        await events.CreateTicketInCasaviAsync("Aufzug steckt fest (Replica)", reporter.Id);
        var next = await client.ReceiveAsync();

        AssertTicket(next.GetProperty("payload"), "Aufzug steckt fest (Replica)", reporter);
        Assert.Equal(hooksOnB, ReceivedHookCalls(replicaB));
    }

    private static void AssertTicket(JsonElement payload, string title, (string Id, string LastName) reporter)
    {
        Assert.False(payload.TryGetProperty("errors", out var errors), errors.ToString());
        var ticket = payload.GetProperty("data").GetProperty("ticketCreated");
        Assert.Equal(title, ticket.GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(ticket.GetProperty("property").GetProperty("name").GetString()));
        Assert.Equal(reporter.Id, ticket.GetProperty("reporter").GetProperty("referenceId").GetString());
        Assert.Equal(reporter.LastName, ticket.GetProperty("reporter").GetProperty("lastName").GetString());
    }

    private static async Task<(string Id, string LastName)> SomeContactAsync(EventsGateway events)
    {
        var response = await events.PostQueryAsync("{ contacts(first: 20) { nodes { referenceId lastName } } }");
        var contact = response.GetProperty("data").GetProperty("contacts").GetProperty("nodes").EnumerateArray()
            .First(node => node.GetProperty("lastName").ValueKind == JsonValueKind.String);
        return (contact.GetProperty("referenceId").GetString()!, contact.GetProperty("lastName").GetString()!);
    }

    /// <summary>The next Server-Sent Event (keep-alive comments skipped): its name and its data as JSON.</summary>
    private static async Task<(string Name, JsonElement Data)> NextEventAsync(StreamReader stream)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        string? name = null;
        var data = new StringBuilder();
        while (await stream.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
                name = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
                data.Append(line["data: ".Length..]);
            else if (line.Length == 0 && name is not null)
                return (name, JsonDocument.Parse(data.ToString()).RootElement.Clone());
        }

        throw new InvalidOperationException("The event stream ended.");
    }

    /// <summary>The protocols do not confirm a subscription: it is in place once the replica's hub holds it.</summary>
    private static Task SubscribedAsync(KestrelGateway gateway) =>
        Eventually.HoldsAsync(() => Task.FromResult(gateway.Services.GetRequiredService<ChangeHub>().Count == 1));

    private static long ReceivedHookCalls(KestrelGateway gateway) =>
        gateway.Services.GetRequiredService<Casavi.GraphQL.Events.PendingCasaviEvents>().Received;
}
