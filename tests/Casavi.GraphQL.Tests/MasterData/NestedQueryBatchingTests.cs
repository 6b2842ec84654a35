using System.Text.Json;
using Casavi.Client.Api;
using Casavi.Client.Diagnostics;
using Casavi.GraphQL.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Casavi.GraphQL.Tests.MasterData;

/// <summary>
/// properties → units → contracts → contacts: the answer is right, and its casavi requests and
/// dependent round trips (waves) stay per level, measured against resolving the same data the
/// naive way (one request per parent reference) in the same run.
/// </summary>
[Collection(GatewayTestGroup.Name)]
public sealed class NestedQueryBatchingTests : IDisposable
{
    private const int PageSize = 25;
    private const int ConcurrencyCap = 16;
    private readonly GatewayFixture gateway;
    private readonly ITestOutputHelper output;

    public NestedQueryBatchingTests(GatewayFixture gateway, ITestOutputHelper output)
    {
        this.gateway = gateway;
        this.output = output;
        // Waves are counted from overlapping requests; latency keeps parallel requests overlapping on a busy machine.
        gateway.Sandbox.Knobs.LatencyMilliseconds = 50;
    }

    public void Dispose() => gateway.Sandbox.Knobs.Reset();

    [Fact]
    public async Task The_nested_query_returns_the_sandbox_data()
    {
        var response = await gateway.PostQueryAsync(NestedMasterDataQuery.For(25));

        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(
            NestedMasterDataQuery.Expected(gateway.Sandbox.Data, 25, DateTimeOffset.UtcNow),
            response.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task Batched_requests_stay_per_level_and_far_below_one_per_parent()
    {
        var cold = await CostOfAsync(NestedMasterDataQuery.For(25));
        var warm = await CostOfAsync(NestedMasterDataQuery.For(25));
        var naive = await NaiveCostAsync(25);
        output.WriteLine($"first: 25 batched, first walk of each list: {cold}");
        output.WriteLine($"first: 25 batched, lists walked before (page counts known): {warm}");
        output.WriteLine($"first: 25 one request per parent reference (N+1): {naive}");

        var data = gateway.Sandbox.Data;
        var listPages = 1 + Pages(data.Units.Count) + Pages(data.Contacts.Count);
        Assert.InRange(warm.Requests, 3, listPages);
        Assert.True(warm.Requests * 5 < naive.Requests, $"batched {warm.Requests} vs naive {naive.Requests}");
        // Per level (properties, units, contacts) a search's rounds (see SearchRounds): a bound the
        // windows and the concurrency cap explain, not a wave per page or parent.
        Assert.InRange(warm.Waves, 3, 1 + SearchRounds(Pages(data.Units.Count)) + SearchRounds(Pages(data.Contacts.Count)));
        Assert.Equal(0, warm.Count("GET /v2/units/{unitId}") + warm.Count("GET /v2/contacts/{contactId}"));
    }

    [Fact]
    public async Task Doubling_first_adds_only_the_pages_the_rest_api_forces()
    {
        await CostOfAsync(NestedMasterDataQuery.For(50));
        var single = await CostOfAsync(NestedMasterDataQuery.For(25));
        var doubled = await CostOfAsync(NestedMasterDataQuery.For(50));
        output.WriteLine($"first: 25 → {single}");
        output.WriteLine($"first: 50 → {doubled}");

        var data = gateway.Sandbox.Data;
        // Properties: one page per 25. Units and contacts: at most one walk of each list, whatever the number of parents.
        Assert.Equal(1, single.Count("GET /v2/properties"));
        Assert.Equal(2, doubled.Count("GET /v2/properties"));
        Assert.InRange(doubled.Count("GET /v2/units"), 1, Pages(data.Units.Count));
        Assert.InRange(doubled.Count("GET /v2/contacts"), 1, Pages(data.Contacts.Count));
        // The second properties page needs the first one's next link: one more round trip, none per parent
        // (units and contacts as above: a search's rounds each).
        var listRounds = SearchRounds(Pages(data.Units.Count)) + SearchRounds(Pages(data.Contacts.Count));
        Assert.InRange(single.Waves, 3, 1 + listRounds);
        Assert.InRange(doubled.Waves, 4, 2 + listRounds);
    }

    private static int Pages(int items) => (items + PageSize - 1) / PageSize;

    /// <summary>
    /// Rounds of a search for many keys in a list walked before: its first page alone (a search it
    /// answers costs one page), then windows sized by the keys still missing, which a second window
    /// completes when the first fell short; each split into the rounds the concurrency cap makes.
    /// </summary>
    private static int SearchRounds(int pages) => 2 + Rounds(pages);

    /// <summary>Rounds of at most <c>Casavi:MaxConcurrentRequests</c> (16) requests that <paramref name="requests"/> parallel requests need.</summary>
    private static int Rounds(int requests) => (requests + ConcurrencyCap - 1) / ConcurrencyCap;

    private async Task<UpstreamCost> CostOfAsync(string query)
    {
        var before = gateway.Sandbox.Requests.Total;
        var response = await gateway.PostQueryAsync(query, withCost: true);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        var cost = UpstreamCost.From(response);
        Assert.Equal(gateway.Sandbox.Requests.Total - before, cost.Requests);
        return cost;
    }

    /// <summary>What resolvers without DataLoaders do: each parent fetches its own children by id, level by level in parallel.</summary>
    private async Task<UpstreamCost> NaiveCostAsync(int first)
    {
        await using var scope = gateway.Services.CreateAsyncScope();
        var properties = scope.ServiceProvider.GetRequiredService<IPropertiesApi>();
        var units = scope.ServiceProvider.GetRequiredService<IUnitsApi>();
        var contacts = scope.ServiceProvider.GetRequiredService<IContactsApi>();
        var data = gateway.Sandbox.Data;
        var now = DateTimeOffset.UtcNow;

        using var log = CasaviCallTracker.Begin();
        await properties.ListAsync();
        await Task.WhenAll(NestedMasterDataQuery.UnitIds(data, first).Select(id => units.GetAsync(id, includeInactiveContracts: true)));
        await Task.WhenAll(NestedMasterDataQuery.ContactReferences(data, first, now).SelectMany(ids => ids).Select(id => contacts.GetAsync(id)));
        return new UpstreamCost(log.Count, log.Waves, log.CacheHits, log.ByEndpoint);
    }
}
