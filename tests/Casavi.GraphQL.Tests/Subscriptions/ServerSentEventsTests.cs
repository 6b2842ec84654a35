using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Subscriptions;

/// <summary>GraphQL over Server-Sent Events for what is no running subscription: one result, then the end.</summary>
public sealed class ServerSentEventsTests : IClassFixture<GatewayFixture>
{
    private readonly GatewayFixture gateway;

    public ServerSentEventsTests(GatewayFixture gateway) => this.gateway = gateway;

    [Fact]
    public async Task A_query_over_GET_as_an_event_stream_is_one_next_event_and_complete()
    {
        using var client = gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ properties(first: 1) { nodes { referenceId } } }"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, events.Length);
        Assert.StartsWith("event: next\ndata: {\"data\":{\"properties\":{\"nodes\":[{\"referenceId\":", events[0], StringComparison.Ordinal);
        Assert.Equal("event: complete\ndata: ", events[1]);
    }

    [Fact]
    public async Task An_invalid_subscription_gets_its_errors_as_the_streams_only_result()
    {
        using var client = gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "subscription { ticketCreated { nope } }" }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using var response = await client.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("event: next\ndata: {\"errors\":[{\"message\":", body, StringComparison.Ordinal);
        Assert.Contains("nope", body, StringComparison.Ordinal);
        Assert.EndsWith("event: complete\ndata: \n\n", body, StringComparison.Ordinal);
    }
}
