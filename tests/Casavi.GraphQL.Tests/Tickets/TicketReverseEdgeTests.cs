using Casavi.Contract.Tickets;
using Casavi.GraphQL.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Casavi.GraphQL.Tests.Tickets;

/// <summary><c>Property.tickets</c>, <c>Contact.tickets</c>, <c>Unit.tickets</c> and <c>StaffMember.assignedTickets</c>: many parents cost at most one walk of the ticket list.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class TicketReverseEdgeTests(GatewayFixture gateway, ITestOutputHelper output)
{
    private const string TicketList = "GET /v2/tickets";

    [Fact]
    public async Task The_tickets_of_25_properties_cost_one_walk_of_the_ticket_list()
    {
        var measured = await MeasuredQuery.RunAsync(gateway, "{ properties(first: 25) { nodes { referenceId tickets(first: 100) { totalCount nodes { referenceId } } } } }");

        output.WriteLine($"25 properties with tickets: {measured.Describe()}");
        var tickets = gateway.Sandbox.Data.Tickets.All();
        var properties = measured.Data.GetProperty("properties").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(Math.Min(25, gateway.Sandbox.Data.Properties.Count), properties.Count);
        foreach (var property in properties)
        {
            var expected = tickets.Where(ticket => ticket.PropertyId == property.GetProperty("referenceId").GetString()).Select(ticket => ticket.Id).ToList();
            Assert.Equal(expected.Count, property.GetProperty("tickets").GetProperty("totalCount").GetInt32());
            Assert.Equal(expected, property.GetProperty("tickets").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("referenceId").GetString()));
        }

        // One walk: every page once, plus the few probes past the end a first walk of the list makes
        // (ListScannerTests bounds them by a tenth of the pages plus 4).
        var pages = CasaviPages.For(tickets.Count);
        Assert.InRange(measured.CountOf(TicketList), pages, pages + (pages / 10) + 4);
        Assert.Equal(measured.SandboxReceived, measured.Requests);
        Assert.DoesNotContain(measured.ByEndpoint.Keys, endpoint => endpoint.StartsWith("GET /v2/tickets/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_few_properties_ask_casavi_for_their_own_tickets()
    {
        var measured = await MeasuredQuery.RunAsync(gateway, "{ properties(first: 3) { nodes { referenceId tickets(status: CLOSED) { totalCount } } } }");

        output.WriteLine($"3 properties with closed tickets: {measured.Describe()}");
        var closed = gateway.Sandbox.Data.Tickets.All().Where(ticket => ticket.Status == TicketStatus.Closed).ToList();
        var expectedPages = 0;
        foreach (var property in measured.Data.GetProperty("properties").GetProperty("nodes").EnumerateArray())
        {
            var count = closed.Count(ticket => ticket.PropertyId == property.GetProperty("referenceId").GetString());
            Assert.Equal(count, property.GetProperty("tickets").GetProperty("totalCount").GetInt32());
            expectedPages += CasaviPages.For(count);
        }

        Assert.Equal(expectedPages, measured.CountOf(TicketList));
    }

    [Fact]
    public async Task Contacts_and_staff_in_one_query_share_one_walk_per_status()
    {
        var measured = await MeasuredQuery.RunAsync(
            gateway,
            "{ contacts(first: 50) { nodes { referenceId tickets(status: OPEN) { totalCount } } } staff(first: 100) { nodes { referenceId assignedTickets(status: OPEN) { totalCount nodes { assigneeId status } } } } }");

        output.WriteLine($"50 contacts and all staff with open tickets: {measured.Describe()}");
        var open = gateway.Sandbox.Data.Tickets.All().Where(ticket => ticket.Status == TicketStatus.Open).ToList();
        foreach (var contact in measured.Data.GetProperty("contacts").GetProperty("nodes").EnumerateArray())
        {
            var expected = open.Count(ticket => ticket.ContactId == contact.GetProperty("referenceId").GetString());
            Assert.Equal(expected, contact.GetProperty("tickets").GetProperty("totalCount").GetInt32());
        }

        foreach (var member in measured.Data.GetProperty("staff").GetProperty("nodes").EnumerateArray())
        {
            var memberId = member.GetProperty("referenceId").GetString();
            Assert.Equal(open.Count(ticket => ticket.AssigneeId == memberId), member.GetProperty("assignedTickets").GetProperty("totalCount").GetInt32());
            Assert.All(member.GetProperty("assignedTickets").GetProperty("nodes").EnumerateArray(), node => Assert.Equal(memberId, node.GetProperty("assigneeId").GetString()));
        }

        Assert.Equal(CasaviPages.For(open.Count), measured.CountOf(TicketList));
    }

    [Fact]
    public async Task The_tickets_of_many_units_cost_one_walk_of_the_ticket_list()
    {
        var measured = await MeasuredQuery.RunAsync(gateway, "{ units(first: 100) { nodes { referenceId tickets { totalCount nodes { unitId } } } } }");

        output.WriteLine($"100 units with tickets: {measured.Describe()}");
        var tickets = gateway.Sandbox.Data.Tickets.All();
        foreach (var unit in measured.Data.GetProperty("units").GetProperty("nodes").EnumerateArray())
        {
            var unitId = unit.GetProperty("referenceId").GetString();
            Assert.Equal(tickets.Count(ticket => ticket.UnitId == unitId), unit.GetProperty("tickets").GetProperty("totalCount").GetInt32());
            Assert.All(unit.GetProperty("tickets").GetProperty("nodes").EnumerateArray(), node => Assert.Equal(unitId, node.GetProperty("unitId").GetString()));
        }

        // One walk: every page once, plus the few probes past the end a first walk of the list makes
        // (ListScannerTests bounds them by a tenth of the pages plus 4).
        var pages = CasaviPages.For(tickets.Count);
        Assert.InRange(measured.CountOf(TicketList), pages, pages + (pages / 10) + 4);
    }
}
