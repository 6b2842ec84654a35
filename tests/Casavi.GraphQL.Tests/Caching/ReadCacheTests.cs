using System.Net.Http.Json;
using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;
using Casavi.GraphQL.Tests.MasterData;

namespace Casavi.GraphQL.Tests.Caching;

/// <summary>The cross-request cache in one gateway process (in-process level only).</summary>
[Collection(RoundTripTestGroup.Name)]
public sealed class ReadCacheTests
{
    private const string ContactsOfFirstUnits = "{ units(first: 30) { nodes { contracts(includeInactive: true) { contacts { referenceId lastName } } } } }";

    [Fact]
    public async Task A_repeated_nested_query_is_answered_from_the_cache()
    {
        await using var gateway = await StartAsync(new() { ["Cache:Ttl"] = "00:05:00" });

        var first = await gateway.PostQueryAsync(NestedMasterDataQuery.For(25), withCost: true);
        var second = await gateway.PostQueryAsync(NestedMasterDataQuery.For(25), withCost: true);

        var cost = UpstreamCost.From(second);
        Assert.True(cost.Requests <= 2 && cost.Waves <= 1, $"first {UpstreamCost.From(first)}; second {cost}");
        Assert.True(cost.CacheHits > 0, cost.ToString());
        Assert.Equal(first.GetProperty("data").ToString(), second.GetProperty("data").ToString());
    }

    [Fact]
    public async Task With_the_ttl_zero_nothing_is_cached()
    {
        await using var gateway = await StartAsync(new() { ["Cache:Ttl"] = "00:00:00" });

        var first = UpstreamCost.From(await gateway.PostQueryAsync(NestedMasterDataQuery.For(5), withCost: true));
        var second = UpstreamCost.From(await gateway.PostQueryAsync(NestedMasterDataQuery.For(5), withCost: true));

        Assert.Equal(0, second.CacheHits);
        Assert.True(second.Requests >= 3, $"first {first}; second {second}");
    }

    [Fact]
    public async Task An_edit_in_casavi_shows_after_the_ttl_through_one_request_for_the_changes()
    {
        await using var gateway = await StartAsync(new() { ["Cache:Ttl"] = "00:00:01", ["Cache:FullRefresh"] = "00:10:00" });
        var before = await gateway.PostQueryAsync(ContactsOfFirstUnits, withCost: true);
        var contactId = FirstContact(before).GetProperty("referenceId").GetString()!;

        await EditContactInCasaviAsync(gateway, contactId, "Umbenannt");
        var withinTtl = await gateway.PostQueryAsync(ContactsOfFirstUnits, withCost: true);
        await Task.Delay(TimeSpan.FromMilliseconds(1500));
        var afterTtl = await gateway.PostQueryAsync(ContactsOfFirstUnits, withCost: true);

        Assert.NotEqual("Umbenannt", FirstContact(withinTtl).GetProperty("lastName").GetString());
        Assert.Equal("Umbenannt", FirstContact(afterTtl).GetProperty("lastName").GetString());
        var refresh = UpstreamCost.From(afterTtl);
        // The units page again, the units list's changes, the contacts list's changes: no list is read whole.
        Assert.True(refresh.Count("GET /v2/contacts") == 1 && refresh.Count("GET /v2/units") <= 2, refresh.ToString());
    }

    [Theory]
    [InlineData("{ properties(first: 25) { nodes { name units { nodes { name contracts(includeInactive: true) { contacts { lastName } } } } } } }")]
    [InlineData("query { ...Estates } fragment Estates on Query { properties(first: 25) { nodes { ... on Property { units { nodes { contracts { contacts { lastName } } } } } } } }")]
    public async Task Every_expired_list_a_query_reads_is_refreshed_in_the_same_round_trip(string query)
    {
        // With casavi-like latency, so requests sent together overlap and count as one wave.
        await using var gateway = await StartAsync(new() { ["Cache:Ttl"] = "00:00:01", ["Cache:FullRefresh"] = "00:10:00", ["Sandbox:LatencyMilliseconds"] = "40" });
        var fresh = await gateway.PostQueryAsync(query, withCost: true);

        await Task.Delay(TimeSpan.FromMilliseconds(1100));
        var expired = await gateway.PostQueryAsync(query, withCost: true);

        var cost = UpstreamCost.From(expired);
        // The properties page again, and the changes of the units list and of the contacts list, side by side.
        Assert.True(cost.Requests <= 4 && cost.Waves <= 2, $"fresh {UpstreamCost.From(fresh)}; expired {cost}");
        Assert.Equal(fresh.GetProperty("data").ToString(), expired.GetProperty("data").ToString());
    }

    [Fact]
    public async Task A_mutation_drops_the_cached_reads()
    {
        await using var gateway = await StartAsync(new() { ["Cache:Ttl"] = "00:05:00" });
        const string PostCount = "{ posts(first: 1) { totalCount } }";
        var before = await gateway.PostQueryAsync(PostCount);
        var cached = await gateway.PostQueryAsync(PostCount, withCost: true);
        var property = (await gateway.PostQueryAsync("{ properties(first: 1) { nodes { referenceId } } }"))
            .GetProperty("data").GetProperty("properties").GetProperty("nodes")[0].GetProperty("referenceId").GetString();

        var created = await gateway.PostQueryAsync(
            "mutation($input: CreatePostInput!) { createPost(input: $input) { errors { __typename } } }",
            new { input = new { propertyId = property, title = "Aufzug wieder in Betrieb", text = "Der Aufzug fährt wieder." } });
        var after = await gateway.PostQueryAsync(PostCount, withCost: true);

        Assert.Equal(0, UpstreamCost.From(cached).Requests);
        Assert.Equal(0, created.GetProperty("data").GetProperty("createPost").GetProperty("errors").GetArrayLength());
        Assert.Equal(TotalPosts(before) + 1, TotalPosts(after));
        Assert.True(UpstreamCost.From(after).Requests > 0, UpstreamCost.From(after).ToString());
    }

    [Fact]
    public async Task A_failed_read_is_not_cached()
    {
        await using var gateway = await StartAsync(new() { ["Cache:Ttl"] = "00:05:00", ["Casavi:Retry:MaxRetryAttempts"] = "0" });
        gateway.Sandbox.Knobs.ScriptFault("GET", "/v2/properties", 503, 1);

        var failed = await gateway.PostQueryAsync(CasaviQueries.FirstProperties);
        var retried = await gateway.PostQueryAsync(CasaviQueries.FirstProperties);

        Assert.True(failed.TryGetProperty("errors", out _), failed.ToString());
        Assert.False(retried.TryGetProperty("errors", out _), retried.ToString());
        Assert.Equal(3, retried.GetProperty("data").GetProperty("properties").GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task Concurrent_misses_of_one_list_cost_one_read()
    {
        await using var gateway = await StartAsync(new() { ["Cache:Ttl"] = "00:05:00", ["Sandbox:LatencyMilliseconds"] = "30" });
        const string OrdersOfTickets = "{ tickets(first: 100) { nodes { orders { status } } } }";
        await gateway.PostQueryAsync(OrdersOfTickets);
        var single = gateway.Sandbox.Requests.Count("GET /v2/tickets/orders");
        await using var fresh = await StartAsync(new() { ["Cache:Ttl"] = "00:05:00", ["Sandbox:LatencyMilliseconds"] = "30" });
        var before = fresh.Sandbox.Requests.Count("GET /v2/tickets/orders");

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => fresh.PostQueryAsync(OrdersOfTickets)));

        var orderPages = fresh.Sandbox.Requests.Count("GET /v2/tickets/orders") - before;
        Assert.True(single > 0 && orderPages == single, $"one query read {single} order pages; eight at once read {orderPages}");
    }

    private static int TotalPosts(JsonElement response) => response.GetProperty("data").GetProperty("posts").GetProperty("totalCount").GetInt32();

    private static JsonElement FirstContact(JsonElement response) =>
        response.GetProperty("data").GetProperty("units").GetProperty("nodes").EnumerateArray()
            .SelectMany(unit => unit.GetProperty("contracts").EnumerateArray())
            .SelectMany(contract => contract.GetProperty("contacts").EnumerateArray())
            .First();

    private static async Task EditContactInCasaviAsync(GatewayFixture gateway, string contactId, string lastName)
    {
        using var casavi = new HttpClient { BaseAddress = gateway.Sandbox.BaseUrl };
        using var response = await casavi.PatchAsJsonAsync($"/_sandbox/contacts/{contactId}", new { lastName });
        response.EnsureSuccessStatusCode();
    }

    private static async Task<GatewayFixture> StartAsync(Dictionary<string, string?> settings)
    {
        var gateway = new GatewayFixture(settings);
        await gateway.InitializeAsync();
        return gateway;
    }
}
