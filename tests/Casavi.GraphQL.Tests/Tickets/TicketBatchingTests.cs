using System.Text.Json;
using Casavi.GraphQL.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Casavi.GraphQL.Tests.Tickets;

/// <summary>The ticket graph costs casavi requests per list page and per query level, not per ticket.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class TicketBatchingTests(GatewayFixture gateway, ITestOutputHelper output)
{
    private const string TicketGraphQuery = """
        query ($first: Int!) {
          tickets(first: $first) {
            nodes {
              referenceId
              property { referenceId name }
              unit { referenceId name }
              reporter { referenceId lastName }
              assignee { referenceId lastName }
              type { referenceId name group { referenceId name } }
              orders { referenceId status }
            }
          }
        }
        """;

    [Fact]
    public async Task Hundred_tickets_with_their_references_cost_a_fifth_of_the_requests_of_n_plus_one()
    {
        var batched = await MeasuredQuery.RunAsync(gateway, TicketGraphQuery, new { first = 100 });
        var naive = await new NaiveTicketGraph(gateway.Services).CountAsync(100);

        var nodes = batched.Data.GetProperty("tickets").GetProperty("nodes");
        Assert.Equal(Math.Min(100, gateway.Sandbox.Data.Tickets.Count), nodes.GetArrayLength());
        new TicketGraphExpectations(gateway.Sandbox.Data).AssertMatches(nodes);

        output.WriteLine($"batched, 100 tickets: {batched.Describe()}");
        output.WriteLine($"N+1 (per-ticket requests through the client), 100 tickets: {naive.Requests} requests in {naive.Waves} waves");
        Assert.Equal(batched.SandboxReceived, batched.Requests);
        Assert.True(batched.Requests * 5 < naive.Requests, $"batched {batched.Requests} vs N+1 {naive.Requests}");
    }

    [Fact]
    public async Task Doubling_the_tickets_adds_list_pages_only()
    {
        var fifty = await MeasuredQuery.RunAsync(gateway, TicketGraphQuery, new { first = 50 });
        var hundred = await MeasuredQuery.RunAsync(gateway, TicketGraphQuery, new { first = 100 });

        output.WriteLine($"batched, 50 tickets: {fifty.Describe()}");
        output.WriteLine($"batched, 100 tickets: {hundred.Describe()}");
        foreach (var run in new[] { fifty, hundred })
        {
            Assert.Equal(run.SandboxReceived, run.Requests);
            Assert.All(run.ByEndpoint.Where(entry => IsById(entry.Key)), entry => Assert.InRange(entry.Value, 1, 16));
        }

        var extraListPages = hundred.ByEndpoint.Where(entry => !IsById(entry.Key))
            .Sum(entry => Math.Max(0, entry.Value - fifty.CountOf(entry.Key)));
        Assert.True(hundred.Requests - fifty.Requests <= extraListPages, $"50 tickets: {fifty.Requests}, 100 tickets: {hundred.Requests}, extra list pages: {extraListPages}");
        Assert.Equal(CasaviPages.For(100), hundred.CountOf("GET /v2/tickets"));
        Assert.Equal(CasaviPages.For(gateway.Sandbox.Data.Orders.Count), hundred.CountOf("GET /v2/tickets/orders"));
    }

    /// <summary>"GET /v2/units/{unitId}" fetches one entity; "GET /v2/units" pages a list.</summary>
    private static bool IsById(string endpoint) => endpoint.EndsWith('}');
}
