using Casavi.GraphQL.Tests.Content;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Tickets;

/// <summary>
/// casavi's ticket list filters by propertyId and contactId only by assumption. If casavi ignores a
/// filter, the reverse edges still show each parent exactly its own tickets, and from then on read the
/// whole list once instead of one (now whole) list per parent. A gateway of its own: what it learns
/// about the filter lasts as long as its process.
/// </summary>
public sealed class AssumedTicketFilterTests
{
    private const string TicketList = "GET /v2/tickets";

    [Theory]
    [InlineData("propertyId", "properties")]
    [InlineData("contactId", "contacts")]
    public async Task An_ignored_parent_filter_still_gives_each_parent_only_its_own_tickets(string filter, string parents)
    {
        await using var gateway = new GatewayFixture();
        await gateway.InitializeAsync();
        gateway.Sandbox.Knobs.IgnoreFilter(TicketList, filter);
        var query = $"{{ {parents}(first: 3) {{ nodes {{ referenceId tickets(first: 100) {{ nodes {{ referenceId }} }} }} }} }}";

        var first = await gateway.PostQueryAsync(query, withCost: true);
        var second = await gateway.PostQueryAsync(query, withCost: true);

        foreach (var response in new[] { first, second })
        {
            foreach (var parent in response.Data().GetProperty(parents).Nodes())
            {
                var parentId = parent.Text("referenceId");
                var expected = gateway.Sandbox.Data.Tickets.All()
                    .Where(ticket => (filter == "propertyId" ? ticket.PropertyId : ticket.ContactId) == parentId)
                    .Select(ticket => ticket.Id);
                Assert.Equal(expected, parent.GetProperty("tickets").Nodes().Select(ticket => ticket.Text("referenceId")));
            }
        }

        Assert.True(
            UpstreamCost.From(second).Count(TicketList) < UpstreamCost.From(first).Count(TicketList),
            $"After the filter proved ignored: {UpstreamCost.From(second)}; before: {UpstreamCost.From(first)}");
    }
}
