using Casavi.Contract.Tickets;

namespace Casavi.Sandbox.Tests.Api;

[Collection(ReadOnlySandbox.Name)]
public sealed class TicketFilterTests(SandboxHost host)
{
    [Theory]
    [InlineData("IN_PROGRESS", TicketStatus.InProgress)]
    [InlineData("closed", TicketStatus.Closed)]
    public async Task Status_filters_tickets_case_insensitively(string status, TicketStatus expected)
    {
        var tickets = (await host.WalkAsync($"/v2/tickets?status={status}")).Select(CasaviBody.Read<Ticket>).ToList();

        Assert.Equal(host.Server.Data.Tickets.All().Count(t => t.Status == expected), tickets.Count);
        Assert.All(tickets, t => Assert.Equal(expected, t.Status));
    }

    [Fact]
    public async Task Property_and_contact_filters_combine()
    {
        var sample = host.Server.Data.Tickets.All().First(t => t.ContactId is not null);

        var tickets = (await host.WalkAsync($"/v2/tickets?propertyId={sample.PropertyId}&contactId={sample.ContactId}")).Select(CasaviBody.Read<Ticket>).ToList();

        Assert.Contains(tickets, t => t.Id == sample.Id);
        Assert.All(tickets, t => Assert.Equal((sample.PropertyId, sample.ContactId), (t.PropertyId, t.ContactId)));
    }

    [Fact]
    public async Task Orders_filter_on_their_status()
    {
        var orders = (await host.WalkAsync("/v2/tickets/orders?status=COMPLETED")).Select(CasaviBody.Read<Order>).ToList();

        Assert.NotEmpty(orders);
        Assert.Equal(host.Server.Data.Orders.All().Count(o => o.Status == OrderStatus.Completed), orders.Count);
    }

    [Fact]
    public async Task An_unknown_status_is_refused()
    {
        using var response = await host.Client.GetAsync("/v2/tickets?status=DONE");

        await ErrorBody.AssertAsync(response, HttpStatusCode.BadRequest, "Query parameter 'status' has an unknown value 'DONE'");
    }
}
