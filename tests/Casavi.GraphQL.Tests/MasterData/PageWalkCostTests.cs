using System.Globalization;
using Casavi.GraphQL.Tests.Infrastructure;
using Casavi.GraphQL.Tests.Tickets;
using Xunit.Abstractions;

namespace Casavi.GraphQL.Tests.MasterData;

/// <summary>
/// What the README's nested query costs on a gateway that has walked no list yet, and what the narrow
/// <c>properties(first: 2)</c> query costs after a broad one: each on a fresh gateway, with pages counted
/// from 0 (casavi's examples, a page past the last refused) and from 1 (a page past the last empty), so
/// nothing depends on the numbering, on that answer or on earlier tests.
/// </summary>
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

            // Knowing every list's length must not make the narrow query fetch all of it (it took 57 requests).
            Assert.InRange(narrowAfter.Requests, 1, 8);
        });

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
            ["Sandbox:LatencyMilliseconds"] = "40",
        });
        try
        {
            await gateway.InitializeAsync();
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
