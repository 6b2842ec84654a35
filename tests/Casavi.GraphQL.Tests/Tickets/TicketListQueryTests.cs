using Casavi.Contract.Tickets;
using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Tickets;

/// <summary>The lists around tickets: types and groups, orders, order types, checklists, and a ticket's surveys and checklists.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class TicketListQueryTests(GatewayFixture gateway)
{
    [Fact]
    public async Task Type_groups_list_their_types()
    {
        var data = gateway.Sandbox.Data;

        var body = await gateway.PostQueryAsync("{ ticketTypes(first: 100) { totalCount } ticketTypeGroups(first: 100) { totalCount nodes { referenceId name types { referenceId group { referenceId } } } } }");

        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        Assert.Equal(data.TicketTypes.Count, body.GetProperty("data").GetProperty("ticketTypes").GetProperty("totalCount").GetInt32());
        var groups = body.GetProperty("data").GetProperty("ticketTypeGroups");
        Assert.Equal(data.TicketTypeGroups.Count, groups.GetProperty("totalCount").GetInt32());
        foreach (var group in groups.GetProperty("nodes").EnumerateArray())
        {
            var groupId = group.GetProperty("referenceId").GetString();
            Assert.Equal(data.TicketTypeGroups.Find(groupId!)!.Name, group.GetProperty("name").GetString());
            Assert.Equal(
                data.TicketTypes.All().Where(type => type.GroupId == groupId).Select(type => type.Id),
                group.GetProperty("types").EnumerateArray().Select(type => type.GetProperty("referenceId").GetString()));
            Assert.All(group.GetProperty("types").EnumerateArray(), type => Assert.Equal(groupId, type.GetProperty("group").GetProperty("referenceId").GetString()));
        }
    }

    [Fact]
    public async Task Orders_are_filtered_by_status_and_link_their_type_contractor_and_ticket()
    {
        var data = gateway.Sandbox.Data;
        var expected = data.Orders.All().Where(order => order.Status == OrderStatus.Completed).ToList();

        var body = await gateway.PostQueryAsync("{ orderTypes(first: 100) { totalCount } orders(status: COMPLETED, first: 100) { totalCount nodes { referenceId status orderType { referenceId name } contractor { referenceId } ticket { referenceId } } } }");

        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        Assert.Equal(data.OrderTypes.Count, body.GetProperty("data").GetProperty("orderTypes").GetProperty("totalCount").GetInt32());
        var orders = body.GetProperty("data").GetProperty("orders");
        Assert.Equal(expected.Count, orders.GetProperty("totalCount").GetInt32());
        var nodes = orders.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(expected.Take(100).Select(order => order.Id), nodes.Select(node => node.GetProperty("referenceId").GetString()));
        foreach (var (order, node) in expected.Zip(nodes))
        {
            Assert.Equal("COMPLETED", node.GetProperty("status").GetString());
            Assert.Equal(order.TicketId, node.GetProperty("ticket").GetProperty("referenceId").GetString());
            Assert.Equal(data.OrderTypes.Find(order.OrderTypeId!)!.Name, node.GetProperty("orderType").GetProperty("name").GetString());
            Assert.Equal(order.ContractorId, node.GetProperty("contractor").GetProperty("referenceId").GetString());
        }
    }

    [Fact]
    public async Task Checklists_list_their_items_and_ticket()
    {
        var data = gateway.Sandbox.Data;

        var body = await gateway.PostQueryAsync("{ checklists(first: 100) { totalCount nodes { referenceId title items { referenceId title checked } ticket { referenceId } } } }");

        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var checklists = body.GetProperty("data").GetProperty("checklists");
        Assert.Equal(data.Checklists.Count, checklists.GetProperty("totalCount").GetInt32());
        foreach (var node in checklists.GetProperty("nodes").EnumerateArray())
        {
            var checklist = data.Checklists.Find(node.GetProperty("referenceId").GetString()!)!;
            Assert.Equal(checklist.Title, node.GetProperty("title").GetString());
            Assert.Equal(checklist.TicketId, node.GetProperty("ticket").GetProperty("referenceId").GetString());
            Assert.Equal(
                checklist.Items.Select(item => (item.Id, item.Title, item.Checked)),
                node.GetProperty("items").EnumerateArray().Select(item => (item.GetProperty("referenceId").GetString()!, item.GetProperty("title").GetString()!, item.GetProperty("checked").GetBoolean())));
        }
    }

    [Fact]
    public async Task A_ticket_lists_its_surveys_and_checklists()
    {
        var data = gateway.Sandbox.Data;
        var seeded = data.Surveys.All().First(survey => survey.Id.StartsWith("SV-", StringComparison.Ordinal));
        var ticketId = seeded.TicketId!;
        var surveys = data.Surveys.All().Where(survey => survey.TicketId == ticketId).ToList();

        var body = await gateway.PostQueryAsync(
            "query ($id: String!) { ticket(referenceId: $id) { surveys { referenceId title text assignedTo { referenceId } choices { value label } ticket { referenceId } } checklists { referenceId } } }",
            new { id = ticketId });

        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var ticket = body.GetProperty("data").GetProperty("ticket");
        Assert.Equal(data.Checklists.All().Where(checklist => checklist.TicketId == ticketId).Select(checklist => checklist.Id), ticket.GetProperty("checklists").EnumerateArray().Select(node => node.GetProperty("referenceId").GetString()));
        var nodes = ticket.GetProperty("surveys").EnumerateArray().ToList();
        Assert.Equal(surveys.Select(survey => survey.Id), nodes.Select(node => node.GetProperty("referenceId").GetString()));
        foreach (var (survey, node) in surveys.Zip(nodes))
        {
            Assert.Equal(survey.Title, node.GetProperty("title").GetString());
            Assert.Equal(survey.Text, node.GetProperty("text").GetString());
            Assert.Equal(survey.AssignedToId, node.GetProperty("assignedTo").GetProperty("referenceId").GetString());
            Assert.Equal(ticketId, node.GetProperty("ticket").GetProperty("referenceId").GetString());
            Assert.Equal(survey.Choices.Select(choice => (choice.Value, choice.Label)), node.GetProperty("choices").EnumerateArray().Select(choice => (choice.GetProperty("value").GetInt32(), choice.GetProperty("label").GetString()!)));
        }
    }
}
