using System.Globalization;
using Casavi.GraphQL.Tests.Infrastructure;
using Casavi.GraphQL.Tests.Tickets;
using Xunit.Abstractions;

namespace Casavi.GraphQL.Tests.MasterData;

/// <summary>
/// What the README's nested query and the tickets query cost on a gateway that has walked no list yet
/// and once it knows where their keys are, and what the narrow <c>properties(first: 2)</c> query costs
/// after a broad one: each on a fresh gateway, with pages counted
/// from 0 (casavi's examples, a page past the last refused) and from 1 (a page past the last empty), so
/// nothing depends on the numbering, on that answer or on earlier tests.
/// </summary>
[Collection(RoundTripTestGroup.Name)]
public sealed class PageWalkCostTests(ITestOutputHelper output)
{
    private const int ConcurrencyCap = 16;

    [Theory]
    [InlineData(0, "BadRequest")]
    [InlineData(1, "Empty")]
    public Task The_first_walk_of_each_list_takes_logarithmic_waves(int firstPageNumber, string pastLastPage) =>
        WithGatewayAsync(firstPageNumber, pastLastPage, async gateway =>
        {
            var cold = await CostOfAsync(gateway, NestedMasterDataQuery.For(25));
            output.WriteLine($"pages from {firstPageNumber}, past the last {pastLastPage}, first: 25 on a fresh gateway: {cold}");

            var data = gateway.Sandbox.Data;
            var units = CasaviPages.For(data.Units.Count);
            var contacts = CasaviPages.For(data.Contacts.Count);
            // Properties one wave; each list about 2·log2(pages) rounds, each split into as many rounds
            // as the concurrency cap makes. Following links one by one took 31 waves.
            Assert.InRange(cold.Waves, 3, 1 + FirstWalkRounds(units) + FirstWalkRounds(contacts));
            Assert.InRange(cold.Count("GET /v2/units"), 1, units + (units / 10) + 4);
            Assert.InRange(cold.Count("GET /v2/contacts"), 1, contacts + (contacts / 10) + 4);
        });

    [Theory]
    [InlineData(0, "BadRequest")]
    [InlineData(1, "Empty")]
    public Task A_narrow_query_after_a_broad_one_reads_only_the_pages_it_needs(int firstPageNumber, string pastLastPage) =>
        WithGatewayAsync(firstPageNumber, pastLastPage, async gateway =>
        {
            var narrowFirst = await CostOfAsync(gateway, NestedMasterDataQuery.For(2));
            var broad = await CostOfAsync(gateway, NestedMasterDataQuery.For(50));
            var narrowAfter = await CostOfAsync(gateway, NestedMasterDataQuery.For(2));
            output.WriteLine($"pages from {firstPageNumber}, past the last {pastLastPage}, first: 2 on a fresh gateway: {narrowFirst}");
            output.WriteLine($"pages from {firstPageNumber}, past the last {pastLastPage}, first: 50: {broad}");
            output.WriteLine($"pages from {firstPageNumber}, past the last {pastLastPage}, first: 2 after first: 50: {narrowAfter}");

            // Knowing every list's length must not make the narrow query fetch all of it (it took 57 requests);
            // knowing where its keys are makes each level one round.
            Assert.InRange(narrowAfter.Requests, 1, 8);
            Assert.InRange(narrowAfter.Waves, 1, 3);
        });

    [Theory]
    [InlineData(0, "BadRequest")]
    [InlineData(1, "Empty")]
    public Task The_nested_query_takes_two_rounds_per_list_fresh_and_only_the_pages_holding_its_keys_after(int firstPageNumber, string pastLastPage) =>
        WithGatewayAsync(firstPageNumber, pastLastPage, async gateway =>
        {
            var query = MinimumRequests.NestedQuery(25);
            var fresh = await CostOfAsync(gateway, query);
            var known = await CostOfAsync(gateway, query);
            var minimum = MinimumRequests.OfNested(gateway.Sandbox.Data, 25);
            output.WriteLine($"pages from {firstPageNumber}, nested first: 25, minimum {minimum}: fresh {fresh}; again {known}");

            // Sign-in, the properties page, then each list's first page and one round sized by the keys found there.
            Assert.InRange(fresh.Requests, minimum, 1.2 * (minimum + SignIns(fresh)));
            Assert.InRange(fresh.Waves, 1, 6);
            // Every key's page is known: exactly those pages, one round per level (3 waves), which the
            // concurrency cap splits when a level has more pages than it lets through at once and they
            // all finish before the queued ones start (on a busy machine).
            Assert.Equal(minimum + SignIns(known), known.Requests);
            Assert.InRange(known.Waves, 1, 1 + CapRounds(known.Count("GET /v2/units")) + CapRounds(known.Count("GET /v2/contacts")));
        });

    [Theory]
    [InlineData(0, "BadRequest")]
    [InlineData(1, "Empty")]
    public Task The_tickets_query_reads_only_the_pages_holding_its_references_once_they_are_known(int firstPageNumber, string pastLastPage) =>
        WithGatewayAsync(firstPageNumber, pastLastPage, async gateway =>
        {
            var fresh = await CostOfAsync(gateway, MinimumRequests.TicketsQuery);
            var known = await CostOfAsync(gateway, MinimumRequests.TicketsQuery);
            var minimum = MinimumRequests.OfTickets(gateway.Sandbox.Data);
            output.WriteLine($"pages from {firstPageNumber}, tickets first: 100, minimum {minimum}: fresh {fresh}; again {known}");

            // Waves are not asserted fresh: contacts sought sparsely across the whole list take several rounds,
            // and how many waves those make depends on how they overlap with the other lists' rounds.
            Assert.InRange(fresh.Requests, minimum, 1.2 * (minimum + SignIns(fresh)));
            Assert.Equal(minimum + SignIns(known), known.Requests);
        });

    private static int CapRounds(int requests) => Math.Max(1, (requests + ConcurrencyCap - 1) / ConcurrencyCap);

    private static int SignIns(UpstreamCost cost) => cost.Count("POST /v2/authenticate");

    private static int FirstWalkRounds(int pages) =>
        (int)Math.Ceiling(2 * Math.Log2(pages)) + 2 + ((pages + ConcurrencyCap - 1) / ConcurrencyCap);

    /// <param name="pastLastPage">What the sandbox answers for a page past the last (<c>Sandbox:PastLastPage</c>): casavi's answer is assumed.</param>
    private static async Task WithGatewayAsync(int firstPageNumber, string pastLastPage, Func<GatewayFixture, Task> test)
    {
        var gateway = new GatewayFixture(new Dictionary<string, string?>
        {
            ["Sandbox:FirstPageNumber"] = firstPageNumber.ToString(CultureInfo.InvariantCulture),
            ["Sandbox:PastLastPage"] = pastLastPage,
            // Waves are counted from overlapping requests; latency keeps parallel requests overlapping on a busy machine.
            ["Sandbox:LatencyMilliseconds"] = "100",
        });
        try
        {
            await gateway.InitializeAsync();
            // The gateway's code is compiled on first use, which can hold a round's requests apart for
            // longer than one request takes; a query over a list these tests never read compiles it first.
            await gateway.PostQueryAsync("{ orderTypes(first: 1) { nodes { id } } }");
            await test(gateway);
        }
        finally
        {
            await gateway.DisposeAsync();
        }
    }

    private static async Task<UpstreamCost> CostOfAsync(GatewayFixture gateway, string query)
    {
        var response = await gateway.PostQueryAsync(query, withCost: true);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return UpstreamCost.From(response);
    }
}
