using System.Diagnostics.Metrics;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;
using Casavi.GraphQL.Tests.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.GraphQL.Tests.Subscriptions;

/// <summary>graphql-transport-ws as the protocol describes it: handshake, keep-alive, operations and the close codes for misuse.</summary>
public sealed class WebSocketProtocolTests : IAsyncLifetime
{
    private const string Key = "ws-test-key";
    private KestrelGateway gateway = null!;

    public Task InitializeAsync()
    {
        gateway = new KestrelGateway(new Dictionary<string, string?>
        {
            ["Auth:AllowAnonymous"] = "false",
            ["Auth:ApiKeys:0:Name"] = "inbox",
            ["Auth:ApiKeys:0:KeyHash"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Key))),
            ["Auth:ApiKeys:0:Scopes:0"] = "casavi:read",
            ["Gateway:Subscriptions:MaxSubscriptionsPerConnection"] = "2",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await gateway.DisposeAsync();

    [Theory]
    [InlineData("Authorization", "ApiKey " + Key)]
    [InlineData("X-Api-Key", Key)]
    public async Task The_caller_authenticates_in_connection_init(string header, string value)
    {
        await using var client = await GraphQLWsClient.InitializedAsync(gateway.BaseAddress, new Dictionary<string, string> { [header] = value });

        await client.SubscribeAsync("q", "{ properties(first: 1) { nodes { referenceId } } }");

        var next = await client.ReceiveAsync();
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal(1, next.GetProperty("payload").GetProperty("data").GetProperty("properties").GetProperty("nodes").GetArrayLength());
        Assert.Equal("complete", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Credentials_nested_in_headers_are_read_too()
    {
        await using var client = await GraphQLWsClient.InitializedAsync(gateway.BaseAddress, new { headers = new { Authorization = "ApiKey " + Key } });

        await client.SubscribeAsync("q", "{ __typename }");

        Assert.Equal("next", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("ApiKey wrong-key")]
    [InlineData(null)]
    public async Task A_caller_without_valid_credentials_is_closed_with_4403(string? authorization)
    {
        await using var client = await GraphQLWsClient.ConnectAsync(gateway.BaseAddress);

        await client.SendAsync(new { type = "connection_init", payload = new { Authorization = authorization } });

        await AssertClosedAsync(client, 4403);
    }

    [Fact]
    public async Task No_connection_init_in_time_closes_with_4408()
    {
        await using var impatient = new KestrelGateway(new Dictionary<string, string?> { ["Gateway:Subscriptions:ConnectionInitTimeout"] = "00:00:01" });
        await using var client = await GraphQLWsClient.ConnectAsync(impatient.BaseAddress);

        await AssertClosedAsync(client, 4408);
    }

    [Fact]
    public async Task Subscribe_before_connection_init_closes_with_4401()
    {
        await using var client = await GraphQLWsClient.ConnectAsync(gateway.BaseAddress);

        await client.SubscribeAsync("1", "{ __typename }");

        await AssertClosedAsync(client, 4401);
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        await using var client = await InitializedAsync();

        await client.SendAsync(new { type = "connection_init", payload = new { Authorization = "ApiKey " + Key } });

        await AssertClosedAsync(client, 4429);
    }

    [Fact]
    public async Task A_running_operation_id_used_again_closes_with_4409()
    {
        await using var client = await InitializedAsync();
        await client.SubscribeAsync("same", "subscription { ticketCreated { title } }");

        await client.SubscribeAsync("same", "subscription { ticketChanged { title } }");

        await AssertClosedAsync(client, 4409);
    }

    [Fact]
    public async Task A_long_duplicate_id_still_gets_4409_with_a_reason_a_close_frame_can_carry()
    {
        await using var client = await InitializedAsync();
        var id = new string('ä', 200);
        await client.SubscribeAsync(id, "subscription { ticketCreated { title } }");

        await client.SubscribeAsync(id, "subscription { ticketChanged { title } }");

        await AssertClosedAsync(client, 4409);
        Assert.StartsWith("Subscriber for ää", client.CloseReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_message_closes_with_4400()
    {
        await using var client = await InitializedAsync();

        await client.SendAsync(new { type = "subscribe_all" });

        await AssertClosedAsync(client, 4400);
    }

    [Fact]
    public async Task Ping_is_answered_with_pong_carrying_the_payload()
    {
        await using var client = await InitializedAsync();

        await client.SendAsync(new { type = "ping", payload = new { at = 42 } });

        var pong = await client.ReceiveAsync();
        Assert.Equal("pong", pong.GetProperty("type").GetString());
        Assert.Equal(42, pong.GetProperty("payload").GetProperty("at").GetInt32());
    }

    [Fact]
    public async Task An_invalid_operation_gets_an_error_message_and_the_connection_stays()
    {
        await using var client = await InitializedAsync();

        await client.SubscribeAsync("bad", "subscription { ticketCreated { noSuchField } }");

        var error = await client.ReceiveAsync();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("bad", error.GetProperty("id").GetString());
        Assert.Contains("noSuchField", error.GetProperty("payload")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        await client.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Operations_beyond_the_connections_limit_are_refused_one_by_one()
    {
        await using var client = await InitializedAsync();
        await client.SubscribeAsync("1", "subscription { ticketCreated { title } }");
        await client.SubscribeAsync("2", "subscription { ticketChanged { title } }");

        await client.SubscribeAsync("3", "subscription { postPublished { title } }");

        var error = await client.ReceiveAsync();
        Assert.Equal("3", error.GetProperty("id").GetString());
        Assert.Contains("MaxSubscriptionsPerConnection", error.GetProperty("payload")[0].GetProperty("message").GetString(), StringComparison.Ordinal);

        // Completing one makes room again.
        await client.SendAsync(new { id = "1", type = "complete" });
        await client.SubscribeAsync("4", "{ __typename }");
        Assert.Equal("next", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_subscription_without_the_read_scope_is_refused_with_FORBIDDEN()
    {
        await using var scoped = new KestrelGateway(new Dictionary<string, string?>
        {
            ["Auth:AllowAnonymous"] = "false",
            ["Auth:ApiKeys:0:Name"] = "writer",
            ["Auth:ApiKeys:0:KeyHash"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Key))),
            ["Auth:ApiKeys:0:Scopes:0"] = "casavi:write",
        });
        await using var client = await GraphQLWsClient.InitializedAsync(scoped.BaseAddress, new { Authorization = "ApiKey " + Key });

        await client.SubscribeAsync("1", "subscription { ticketCreated { title } }");

        // Valid, so not an `error` message: the result of a stream that could not start, then its end (as graphql-ws answers it).
        var refused = await client.ReceiveAsync();
        Assert.Equal("next", refused.GetProperty("type").GetString());
        Assert.Equal("FORBIDDEN", refused.GetProperty("payload").GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("complete", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Each_subscribe_takes_a_permit_of_the_callers_rate_limit()
    {
        await using var limited = new KestrelGateway(new Dictionary<string, string?>
        {
            ["Gateway:RateLimit:PermitsPerSecond"] = "1",
            ["Gateway:RateLimit:Burst"] = "2",
        });
        await using var client = await GraphQLWsClient.InitializedAsync(limited.BaseAddress);

        await client.SubscribeAsync("1", "subscription { ticketCreated { title } }");
        await client.SubscribeAsync("2", "subscription { ticketChanged { title } }");
        await client.SubscribeAsync("3", "subscription { postPublished { title } }");

        var refused = await client.ReceiveAsync();
        Assert.Equal("3", refused.GetProperty("id").GetString());
        Assert.Equal("RATE_LIMITED", refused.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Browser_pages_of_other_origins_than_CORS_allows_cannot_connect()
    {
        await using var withCors = new KestrelGateway(new Dictionary<string, string?> { ["Gateway:Cors:AllowedOrigins:0"] = "https://app.example.com" });

        await using var allowed = await GraphQLWsClient.ConnectAsync(withCors.BaseAddress, "https://app.example.com");
        await using var sameOrigin = await GraphQLWsClient.ConnectAsync(withCors.BaseAddress, withCors.BaseAddress.GetLeftPart(UriPartial.Authority));
        var refused = await Assert.ThrowsAsync<WebSocketException>(() => GraphQLWsClient.ConnectAsync(withCors.BaseAddress, "https://evil.example.com"));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Persisted_queries_work_over_the_WebSocket_too()
    {
        const string Query = "{ properties(first: 1) { nodes { referenceId } } }";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Query)));
        var persisted = new { persistedQuery = new { version = 1, sha256Hash = hash } };
        await using var client = await InitializedAsync();

        await client.SendAsync(new { id = "1", type = "subscribe", payload = new { extensions = persisted } });
        var notFound = await client.ReceiveAsync();
        await client.SendAsync(new { id = "2", type = "subscribe", payload = new { query = Query, extensions = persisted } });
        var registered = await client.ReceiveAsync();
        await client.ReceiveAsync(); // its complete
        await client.SendAsync(new { id = "3", type = "subscribe", payload = new { extensions = persisted } });
        var byHash = await client.ReceiveAsync();

        Assert.Equal("PersistedQueryNotFound", notFound.GetProperty("payload")[0].GetProperty("message").GetString());
        Assert.Equal("next", registered.GetProperty("type").GetString());
        Assert.Equal("next", byHash.GetProperty("type").GetString());
        Assert.Equal(1, byHash.GetProperty("payload").GetProperty("data").GetProperty("properties").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Finished_queries_free_their_place_among_the_connections_operations()
    {
        await using var client = await InitializedAsync();

        foreach (var id in new[] { "1", "2", "3" })
        {
            await client.SubscribeAsync(id, "{ __typename }");
            Assert.Equal("next", (await client.ReceiveAsync()).GetProperty("type").GetString());
            Assert.Equal("complete", (await client.ReceiveAsync()).GetProperty("type").GetString());
        }
    }

    [Fact]
    public async Task Operations_over_the_WebSocket_are_measured_like_HTTP_ones()
    {
        using var measured = RecordedMeasurements.CreatedBy(gateway.Services.GetRequiredService<IMeterFactory>());
        await using var client = await InitializedAsync();

        await client.SubscribeAsync("query", "{ __typename }");
        await client.ReceiveAsync();
        await client.SubscribeAsync("subscription", "subscription { ticketCreated { title } }");
        await client.SubscribeAsync("refused", "subscription { ticketCreated { title } ticketChanged { title } }");
        await client.ReceiveAsync();

        await Eventually.HoldsAsync(() => Task.FromResult(measured.Of("graphql.operations").Count == 3));
        var types = measured.Of("graphql.operations").Select(m => $"{m.Tag("graphql.operation.type")}/{m.Tag("graphql.outcome")}").Order();
        // A document that fails validation names no operation type, as over HTTP.
        Assert.Equal(["query/success", "subscription/success", "unknown/error"], types);
    }

    private Task<GraphQLWsClient> InitializedAsync() =>
        GraphQLWsClient.InitializedAsync(gateway.BaseAddress, new { Authorization = "ApiKey " + Key });

    private static async Task AssertClosedAsync(GraphQLWsClient client, int code)
    {
        JsonElement? message;
        while ((message = await client.ReceiveOrCloseAsync()) is not null)
        {
            // Messages sent before the close are not what this asserts.
        }

        Assert.Equal(code, (int?)client.CloseStatus);
    }
}
