using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using System.Text.Json;
using Casavi.Client;
using Casavi.Contract.Integration;
using Casavi.GraphQL.Kernel.Access;
using Casavi.GraphQL.Kernel.Errors;
using Casavi.GraphQL.Kernel.Subscriptions;
using Casavi.GraphQL.Tests.Accounts;
using Casavi.GraphQL.Tests.Telemetry;
using Casavi.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Tests.Subscriptions;

/// <summary>
/// The hub between casavi's changes and subscriptions, on a gateway with two casavi accounts: each change is
/// read again once and reaches exactly the subscriptions of its account whose conditions the entity meets.
/// </summary>
public sealed class ChangeHubTests(TwoAccountGateway accounts) : IClassFixture<TwoAccountGateway>
{
    private const string TicketEndpoint = "GET /v2/tickets/{ticketId}";
    private const string Inbox = "subscription { ticketCreated { referenceId title property { name } reporter { firstName lastName } } }";

    private IServiceProvider Gateway => accounts.Gateway.Services;

    private ChangeHub Hub => Gateway.GetRequiredService<ChangeHub>();

    [Fact]
    public async Task A_ticket_created_in_casavi_reaches_a_subscriber_with_its_nested_fields()
    {
        using var inbox = await HubSubscription.StartReadingAsync(Gateway, Inbox);
        var id = await CreateTicketAsync(accounts.Default, "Heizung fällt aus", "P-00001");

        await Hub.DeliverAsync(Change("default", RestHookEvents.TicketCreated, id), CancellationToken.None);

        var ticket = await inbox.NextEntityAsync("ticketCreated");
        Assert.Equal(id, ticket.GetProperty("referenceId").GetString());
        Assert.Equal("Heizung fällt aus", ticket.GetProperty("title").GetString());
        Assert.Equal(accounts.Default.Data.Properties.Find("P-00001")!.Name, ticket.GetProperty("property").GetProperty("name").GetString());
        // A ticket reported through the sandbox's admin route names no contact.
        Assert.Equal(JsonValueKind.Null, ticket.GetProperty("reporter").ValueKind);
    }

    [Fact]
    public async Task Each_change_passed_on_is_counted_per_subscription()
    {
        using var measured = RecordedMeasurements.CreatedBy(Gateway.GetRequiredService<IMeterFactory>());
        using var first = await HubSubscription.StartReadingAsync(Gateway, """subscription { ticketCreated(propertyId: "P-00001") { referenceId } }""");
        using var second = await HubSubscription.StartReadingAsync(Gateway, """subscription { ticketCreated(propertyId: "P-00001") { title } }""");
        using var elsewhere = await HubSubscription.StartReadingAsync(Gateway, """subscription { ticketCreated(propertyId: "P-00002") { title } }""");
        var id = await CreateTicketAsync(accounts.Default, "Zähler ablesen", "P-00001");

        await Hub.DeliverAsync(Change("default", RestHookEvents.TicketCreated, id), CancellationToken.None);

        var counted = measured.Of("graphql.subscription.events");
        Assert.Equal(2, counted.Sum(measurement => measurement.Value));
        Assert.All(counted, measurement => Assert.Equal(RestHookEvents.TicketCreated, measurement.Tag("casavi.event")));
    }

    [Fact]
    public async Task A_reporter_is_loaded_for_the_event_like_any_nested_field()
    {
        var reported = accounts.Default.Data.Tickets.All().First(ticket => ticket.ContactId is not null);
        var contact = accounts.Default.Data.Contacts.Find(reported.ContactId!)!;
        using var changes = await HubSubscription.StartReadingAsync(Gateway, "subscription { ticketChanged { reporter { lastName } } }");

        await Hub.DeliverAsync(Change("default", RestHookEvents.TicketUpdated, reported.Id), CancellationToken.None);

        Assert.Equal(contact.LastName, (await changes.NextEntityAsync("ticketChanged")).GetProperty("reporter").GetProperty("lastName").GetString());
    }

    [Fact]
    public async Task PropertyId_and_where_choose_per_subscriber()
    {
        using var ofFirstProperty = await HubSubscription.StartReadingAsync(Gateway, """subscription { ticketCreated(propertyId: "P-00001") { referenceId } }""");
        using var ofSecondProperty = await HubSubscription.StartReadingAsync(Gateway, """subscription { ticketCreated(propertyId: "P-00002") { referenceId } }""");
        using var urgent = await HubSubscription.StartReadingAsync(Gateway, """subscription { ticketCreated(where: { title: { contains: "dringend" } }) { referenceId } }""");
        var leak = await CreateTicketAsync(accounts.Default, "Wasser im Keller", "P-00001");
        var urgentLeak = await CreateTicketAsync(accounts.Default, "dringend: Wasser im Keller", "P-00002");

        await DeliverCreatedAsync("default", leak);
        await DeliverCreatedAsync("default", urgentLeak);

        // Events reach a subscriber in order: a first event that is the second ticket means the first was not delivered.
        Assert.Equal(leak, (await ofFirstProperty.NextEntityAsync("ticketCreated")).GetProperty("referenceId").GetString());
        Assert.Equal(urgentLeak, (await ofSecondProperty.NextEntityAsync("ticketCreated")).GetProperty("referenceId").GetString());
        Assert.Equal(urgentLeak, (await urgent.NextEntityAsync("ticketCreated")).GetProperty("referenceId").GetString());
    }

    [Fact]
    public async Task A_change_of_one_account_reaches_no_subscriber_of_the_other()
    {
        var id = $"T-both-{Guid.NewGuid():N}";
        await CreateTicketAsync(accounts.Second, "Ticket of the second account", "P-00001", id);
        await CreateTicketAsync(accounts.Default, "Ticket of the default account", "P-00001", id);
        using var defaultInbox = await HubSubscription.StartReadingAsync(Gateway, Inbox);
        using var secondInbox = await HubSubscription.StartReadingAsync(Gateway, Inbox, TwoAccountGateway.SecondAccount);

        await DeliverCreatedAsync(TwoAccountGateway.SecondAccount, id);
        await DeliverCreatedAsync("default", id);

        var seenBySecond = await secondInbox.NextEntityAsync("ticketCreated");
        Assert.Equal("Ticket of the second account", seenBySecond.GetProperty("title").GetString());
        Assert.Equal(accounts.Second.Data.Properties.Find("P-00001")!.Name, seenBySecond.GetProperty("property").GetProperty("name").GetString());
        Assert.Equal("Ticket of the default account", (await defaultInbox.NextEntityAsync("ticketCreated")).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Fifty_subscribers_cost_one_read_of_the_changed_ticket()
    {
        var inboxes = new List<HubSubscription>();
        try
        {
            for (var i = 0; i < 50; i++)
                inboxes.Add(await HubSubscription.StartReadingAsync(Gateway, Inbox));
            var id = await CreateTicketAsync(accounts.Default, "Aufzug steckt fest", "P-00003");
            var readsBefore = accounts.Default.Requests.Count(TicketEndpoint);

            await DeliverCreatedAsync("default", id);

            foreach (var inbox in inboxes)
                Assert.Equal(id, (await inbox.NextEntityAsync("ticketCreated")).GetProperty("referenceId").GetString());
            Assert.Equal(1, accounts.Default.Requests.Count(TicketEndpoint) - readsBefore);
        }
        finally
        {
            inboxes.ForEach(inbox => inbox.Dispose());
        }
    }

    [Fact]
    public async Task A_ticket_casavi_does_not_have_is_delivered_to_nobody()
    {
        using var inbox = await HubSubscription.StartReadingAsync(Gateway, Inbox);
        var existing = await CreateTicketAsync(accounts.Default, "Fenster klemmt", "P-00001");

        await DeliverCreatedAsync("default", "T-never-existed");
        await DeliverCreatedAsync("default", existing);

        // Neither an entity nor an error for the missing ticket: the first event is the next change.
        Assert.Equal(existing, (await inbox.NextEntityAsync("ticketCreated")).GetProperty("referenceId").GetString());
    }

    [Fact]
    public async Task A_failed_read_reaches_the_subscriber_as_an_error()
    {
        using var inbox = await HubSubscription.StartReadingAsync(Gateway, Inbox);
        var id = await CreateTicketAsync(accounts.Default, "Klingel defekt", "P-00001");
        // More 503s than the client retries: this ticket cannot be read.
        accounts.Default.Knobs.ScriptFault("GET", $"/v2/tickets/{id}", 503, count: 10);

        await DeliverCreatedAsync("default", id);

        var failed = await inbox.NextAsync();
        Assert.Equal(ErrorCodes.UpstreamUnavailable, failed.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("ticketCreated", failed.GetProperty("errors")[0].GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task Without_the_read_scope_the_subscription_is_refused()
    {
        var subscribersBefore = Hub.Count;

        var (refusal, subscription) = await HubSubscription.StartAsync(Gateway, Inbox, "default", CasaviScopes.Write);

        Assert.Null(subscription);
        Assert.Equal(ErrorCodes.Forbidden, Assert.Single(refusal.Errors!).Code);
        Assert.Equal(subscribersBefore, Hub.Count);
    }

    [Fact]
    public async Task Disposing_a_subscription_removes_it_from_the_hub()
    {
        var subscribersBefore = Hub.Count;
        var inbox = await HubSubscription.StartReadingAsync(Gateway, Inbox);
        Assert.Equal(subscribersBefore + 1, Hub.Count);

        inbox.Dispose();

        Assert.Equal(subscribersBefore, Hub.Count);
    }

    private Task DeliverCreatedAsync(string account, string ticketId) =>
        Hub.DeliverAsync(Change(account, RestHookEvents.TicketCreated, ticketId), CancellationToken.None);

    private EntityChange Change(string account, string @event, string entityId) =>
        EntityChange.Of(Gateway.GetRequiredService<CasaviAccounts>().Find(account)!, @event, entityId);

    /// <summary>A ticket reported in casavi by someone else; its reference ID.</summary>
    private static async Task<string> CreateTicketAsync(SandboxServer casavi, string title, string propertyId, string? id = null)
    {
        using var client = new HttpClient { BaseAddress = casavi.BaseUrl };
        using var response = await client.PostAsJsonAsync("/_sandbox/tickets", new { id = id ?? $"T-hub-{Guid.NewGuid():N}", title, propertyId });
        Assert.True(response.IsSuccessStatusCode, $"POST /_sandbox/tickets answered {(int)response.StatusCode}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
