using System.Globalization;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Tickets;

[Collection(GatewayTestGroup.Name)]
public sealed class TicketQueryTests(GatewayFixture gateway)
{
    private const string FilteredTickets = """
        query ($status: TicketStatusInput, $propertyId: String, $contactId: String, $modifiedAfter: DateTime) {
          tickets(first: 100, status: $status, propertyId: $propertyId, contactId: $contactId, modifiedAfter: $modifiedAfter) {
            totalCount
            nodes { referenceId status propertyId contactId }
          }
        }
        """;

    [Theory]
    [InlineData(TicketStatus.Open)]
    [InlineData(TicketStatus.InProgress)]
    [InlineData(TicketStatus.Closed)]
    public async Task The_status_filter_returns_exactly_the_tickets_in_that_status(TicketStatus status)
    {
        var expected = gateway.Sandbox.Data.Tickets.All().Where(ticket => ticket.Status == status).Select(ticket => ticket.Id).ToList();

        await AssertFilteredAsync(new { status = TicketGraphExpectations.Wire(status.ToString()) }, expected);
    }

    [Fact]
    public async Task The_property_and_contact_filters_are_applied_by_casavi()
    {
        var tickets = gateway.Sandbox.Data.Tickets.All();
        var propertyId = tickets.GroupBy(ticket => ticket.PropertyId).MaxBy(group => group.Count())!.Key!;
        var contactId = tickets.Where(ticket => ticket.ContactId is not null).GroupBy(ticket => ticket.ContactId).MaxBy(group => group.Count())!.Key!;

        await AssertFilteredAsync(new { propertyId }, [.. tickets.Where(ticket => ticket.PropertyId == propertyId).Select(ticket => ticket.Id)]);
        await AssertFilteredAsync(new { contactId }, [.. tickets.Where(ticket => ticket.ContactId == contactId).Select(ticket => ticket.Id)]);
        await AssertFilteredAsync(
            new { propertyId, status = "CLOSED" },
            [.. tickets.Where(ticket => ticket.PropertyId == propertyId && ticket.Status == TicketStatus.Closed).Select(ticket => ticket.Id)]);
    }

    [Fact]
    public async Task The_modified_after_filter_returns_the_tickets_changed_since()
    {
        var rows = gateway.Sandbox.Data.Tickets.Rows().OrderBy(row => row.ModifiedAt).ToList();
        var median = rows[rows.Count / 2].ModifiedAt;
        // Whole seconds: casavi's filter is written without fractions.
        var since = new DateTimeOffset(median.Year, median.Month, median.Day, median.Hour, median.Minute, median.Second, TimeSpan.Zero);
        var expected = gateway.Sandbox.Data.Tickets.Rows().Where(row => row.ModifiedAt > since).Select(row => row.Entity.Id).ToList();

        Assert.InRange(expected.Count, 1, rows.Count - 1);
        await AssertFilteredAsync(new { modifiedAfter = since.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) }, expected);
    }

    [Fact]
    public async Task A_ticket_by_id_has_all_its_fields()
    {
        var ticket = gateway.Sandbox.Data.Tickets.All().First(ticket => ticket.UpdatedAt is not null && ticket.UnitId is not null);

        var body = await gateway.PostQueryAsync(
            "query ($id: String!) { ticket(referenceId: $id) { referenceId internalId title description status priority propertyId unitId contactId assigneeId typeId createdAt updatedAt appLink } }",
            new { id = ticket.Id });

        var node = body.GetProperty("data").GetProperty("ticket");
        Assert.Equal(ticket.Id, node.GetProperty("referenceId").GetString());
        Assert.Equal(ticket.InternalId, node.GetProperty("internalId").GetInt64());
        Assert.Equal(ticket.Title, node.GetProperty("title").GetString());
        Assert.Equal(ticket.Description, node.GetProperty("description").GetString());
        Assert.Equal(TicketGraphExpectations.Wire(ticket.Status.ToString()), node.GetProperty("status").GetString());
        Assert.Equal(TicketGraphExpectations.Wire(ticket.Priority.ToString()), node.GetProperty("priority").GetString());
        Assert.Equal(ticket.UnitId, node.GetProperty("unitId").GetString());
        Assert.Equal(ticket.TypeId, node.GetProperty("typeId").GetString());
        Assert.Equal(ticket.CreatedAt, node.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal(ticket.UpdatedAt, node.GetProperty("updatedAt").GetDateTimeOffset());
        Assert.Equal(ticket.AppLink, node.GetProperty("appLink").GetString());
    }

    [Fact]
    public async Task An_unknown_ticket_is_null_with_a_not_found_error()
    {
        var body = await gateway.PostQueryAsync("{ ticket(referenceId: \"T-NOPE\") { referenceId } }");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("data").GetProperty("ticket").ValueKind);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("ticket", error.GetProperty("path")[0].GetString());
    }

    private async Task AssertFilteredAsync(object variables, List<string> expectedIds)
    {
        var body = await gateway.PostQueryAsync(FilteredTickets, variables);

        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var tickets = body.GetProperty("data").GetProperty("tickets");
        Assert.Equal(expectedIds.Count, tickets.GetProperty("totalCount").GetInt32());
        Assert.Equal(expectedIds.Take(100), tickets.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("referenceId").GetString()));
    }
}
