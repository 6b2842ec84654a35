using System.Globalization;
using System.Text.Json;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Filtering;

/// <summary>The screens frontend teams build, each as one request filtered, sorted and paged by the gateway; expected results computed from the sandbox's data.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class FrontendScreenTests(GatewayFixture gateway)
{
    private static readonly CompareInfo Culture = CultureInfo.InvariantCulture.CompareInfo;

    [Fact]
    public async Task Property_search_by_name_or_city_sorted_by_name_second_page_of_ten_and_back()
    {
        const string term = "str";
        var expected = gateway.Sandbox.Data.Properties.All()
            .Where(property => Contains(property.Name, term) || Contains(property.City, term))
            .Order(Comparer<Contract.MasterData.Property>.Create((x, y) => Culture.Compare(x.Name, y.Name, CompareOptions.IgnoreCase) is var byName and not 0 ? byName : string.CompareOrdinal(x.Id, y.Id)))
            .Select(property => property.Id)
            .ToList();
        Assert.True(expected.Count > 20, $"the search term should find more than two pages; it finds {expected.Count}");
        const string query = """
            query($term: String!, $after: String, $before: String, $first: Int, $last: Int) {
              properties(where: { or: [{ name: { contains: $term } }, { city: { contains: $term } }] }, order: [{ name: ASC }],
                         first: $first, after: $after, last: $last, before: $before) {
                totalCount
                nodes { referenceId }
                pageInfo { hasPreviousPage hasNextPage startCursor endCursor }
              }
            }
            """;

        var first = Connection(await gateway.PostQueryAsync(query, new { term, first = 10 }));
        var second = Connection(await gateway.PostQueryAsync(query, new { term, first = 10, after = EndCursor(first) }));
        var back = Connection(await gateway.PostQueryAsync(query, new { term, last = 10, before = StartCursor(second) }));

        Assert.Equal(expected.Count, second.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected.Skip(10).Take(10), Ids(second));
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(expected.Take(10), Ids(back));
        Assert.Equal(Ids(first), Ids(back));
        Assert.False(back.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Ticket_inbox_open_and_in_progress_of_the_last_30_days_of_two_types_for_one_property_newest_first()
    {
        // The sandbox's data is dated from its reference day: that is its "today".
        var since = Casavi.Sandbox.Data.ReferenceClock.Today.AddDays(-30);
        var tickets = gateway.Sandbox.Data.Tickets.All();
        // The property and the two types with the most recent open work, so the page is not empty.
        var recent = tickets.Where(ticket => ticket.Status is TicketStatus.Open or TicketStatus.InProgress && ticket.CreatedAt >= since).ToList();
        var propertyId = recent.GroupBy(ticket => ticket.PropertyId).OrderByDescending(group => group.Count()).First().Key!;
        var typeIds = recent.Where(ticket => ticket.PropertyId == propertyId).GroupBy(ticket => ticket.TypeId).OrderByDescending(group => group.Count()).Take(2).Select(group => group.Key!).ToList();
        var expected = recent
            .Where(ticket => ticket.PropertyId == propertyId && typeIds.Contains(ticket.TypeId!))
            .OrderByDescending(ticket => ticket.CreatedAt).ThenBy(ticket => ticket.Id, StringComparer.Ordinal)
            .Take(20)
            .ToList();
        Assert.NotEmpty(expected);

        var body = await gateway.PostQueryAsync(
            """
            query($since: DateTime!, $property: String!, $types: [String]!) {
              tickets(first: 20, order: [{ createdAt: DESC }], where: {
                status: { in: [OPEN, IN_PROGRESS] }, createdAt: { gte: $since }, typeId: { in: $types }, propertyId: { eq: $property } }) {
                nodes { referenceId createdAt reporter { lastName } assignee { firstName } }
              }
            }
            """,
            new { since, property = propertyId, types = typeIds },
            withCost: true);

        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var nodes = body.GetProperty("data").GetProperty("tickets").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(expected.Select(ticket => ticket.Id), nodes.Select(node => node.GetProperty("referenceId").GetString()));
        Assert.All(nodes.Zip(expected), pair => Assert.Equal(
            gateway.Sandbox.Data.Contacts.Find(pair.Second.ContactId!)?.LastName, pair.First.GetProperty("reporter").GetProperty("lastName").GetString()));
        var filtering = Assert.Single(body.GetProperty("extensions").GetProperty("casavi").GetProperty("filtering").EnumerateArray());
        Assert.Equal(["propertyId"], filtering.GetProperty("pushedDown").EnumerateArray().Select(field => field.GetString()));
        Assert.Equal(tickets.Count(ticket => ticket.PropertyId == propertyId), filtering.GetProperty("scanned").GetInt32());
    }

    [Fact]
    public async Task A_contacts_tickets_open_first_then_newest_first()
    {
        var contact = gateway.Sandbox.Data.Tickets.All()
            .GroupBy(ticket => ticket.ContactId)
            .First(group => group.Select(ticket => ticket.Status).Distinct().Count() >= 2).Key!;
        var expected = gateway.Sandbox.Data.Tickets.All()
            .Where(ticket => ticket.ContactId == contact)
            .OrderBy(ticket => ticket.Status).ThenByDescending(ticket => ticket.CreatedAt).ThenBy(ticket => ticket.Id, StringComparer.Ordinal)
            .Select(ticket => ticket.Id)
            .ToList();

        var body = await gateway.PostQueryAsync(
            "query($id: String!) { contact(referenceId: $id) { tickets(first: 100, order: [{ status: ASC }, { createdAt: DESC }]) { nodes { referenceId } } } }",
            new { id = contact });

        Assert.Equal(expected, body.GetProperty("data").GetProperty("contact").GetProperty("tickets").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("referenceId").GetString()));
    }

    [Fact]
    public async Task Units_with_a_current_renter_contract()
    {
        var now = DateTimeOffset.UtcNow;
        var expected = gateway.Sandbox.Data.Units.All()
            .Where(unit => unit.Contracts.Any(contract => contract.Type == Contract.MasterData.ContractType.Renter && contract.StartDate <= now && contract.EndDate is null))
            .Select(unit => unit.Id)
            .ToList();

        var body = await gateway.PostQueryAsync(
            "query($now: DateTime!) { units(first: 100, where: { contracts: { some: { type: { eq: RENTER }, startDate: { lte: $now }, endDate: { eq: null } } } }) { totalCount nodes { referenceId } } }",
            new { now });

        var units = body.GetProperty("data").GetProperty("units");
        Assert.Equal(expected.Count, units.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected.Take(100), Ids(units));
    }

    private static bool Contains(string? text, string term) => text is not null && Culture.IndexOf(text, term, CompareOptions.IgnoreCase) >= 0;

    private static JsonElement Connection(JsonElement body)
    {
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        return body.GetProperty("data").GetProperty("properties");
    }

    private static string? EndCursor(JsonElement connection) => connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();

    private static string? StartCursor(JsonElement connection) => connection.GetProperty("pageInfo").GetProperty("startCursor").GetString();

    private static List<string?> Ids(JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("referenceId").GetString())];
}
