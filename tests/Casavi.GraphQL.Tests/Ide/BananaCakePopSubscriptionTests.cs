using System.Collections.Concurrent;
using Casavi.GraphQL.Tests.Events;
using Microsoft.Playwright;

namespace Casavi.GraphQL.Tests.Ide;

/// <summary>
/// The IDE subscribes over the gateway's WebSocket (graphql-transport-ws, which its "auto" subscription
/// protocol picks) and shows the event a ticket created in casavi brings.
/// </summary>
public sealed class BananaCakePopSubscriptionTests
{
    private const string Title = "Rauchmelder piept (IDE-Abo)";
    private const string Subscription = "subscription { ticketCreated { title property { name } } }";

    [Fact]
    public async Task The_ide_runs_a_subscription_and_shows_the_ticket_an_event_brings()
    {
        await using var events = await EventsGateway.StartAsync();
        var clientFrames = new ConcurrentQueue<string>();
        var serverFrames = new ConcurrentQueue<string>();
        await using var ide = await BananaCakePopBrowser.StartAsync(events.Gateway.BaseAddress, (page, _) =>
            page.WebSocket += (_, socket) =>
            {
                socket.FrameSent += (_, frame) => clientFrames.Enqueue(frame.Text ?? "");
                socket.FrameReceived += (_, frame) => serverFrames.Enqueue(frame.Text ?? "");
            });
        await EventsGateway.WhenRegisteredAsync(events.Gateway.Services);

        await ide.WriteDocumentAsync(Subscription, "ticketCreated");
        await ide.RunUntilAsync(() => clientFrames.Any(SubscribesToTicketCreated));
        Assert.Contains(serverFrames, frame => frame.Contains("\"connection_ack\"", StringComparison.Ordinal));

        // The gateway starts the subscription a moment after the subscribe message: a ticket created before
        // that is not its event. Another ticket, until one shows or the deadline passes.
        var shown = ide.Page.GetByText(Title).First;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await shown.IsVisibleAsync() && DateTime.UtcNow < deadline)
        {
            await events.CreateTicketInCasaviAsync(Title);
            for (var wait = 0; wait < 20 && !await shown.IsVisibleAsync(); wait++)
                await ide.Page.WaitForTimeoutAsync(250);
        }

        await Assertions.Expect(shown).ToBeVisibleAsync();
        // It came as the subscription's event, not from anything else the page did.
        Assert.Contains(serverFrames, frame => frame.Contains("\"next\"", StringComparison.Ordinal) && frame.Contains(Title, StringComparison.Ordinal));
    }

    private static bool SubscribesToTicketCreated(string frame) =>
        frame.Contains("\"subscribe\"", StringComparison.Ordinal) && frame.Contains("ticketCreated", StringComparison.Ordinal);
}
