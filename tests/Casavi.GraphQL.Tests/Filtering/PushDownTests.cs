using Casavi.Contract.Tickets;
using Casavi.GraphQL.Tests.Infrastructure;
using static Casavi.GraphQL.Tests.Filtering.GatewayOrder;

namespace Casavi.GraphQL.Tests.Filtering;

/// <summary>Conditions casavi has a parameter for are passed on (reported in <c>extensions.casavi.filtering</c>) and still checked by the gateway.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class PushDownTests(GatewayFixture gateway)
{
    private Casavi.Sandbox.Data.SandboxData Sandbox => gateway.Sandbox.Data;

    [Fact]
    public async Task An_order_status_in_where_is_passed_on_and_the_rest_checked_here()
    {
        var completed = Sandbox.Orders.All().Where(order => order.Status == OrderStatus.Completed).ToList();
        var since = completed.Select(order => order.CreatedAt).Order().ElementAt(completed.Count / 2);
        var expected = completed.Where(order => order.CreatedAt >= since).OrderByDescending(order => order.CreatedAt).ThenBy(order => order.Id, StringComparer.Ordinal).Select(order => order.Id).ToList();
        Assert.InRange(expected.Count, 1, 100);

        var body = await gateway.PostQueryAsync(
            "query($since: DateTime!) { orders(first: 100, where: { status: { eq: COMPLETED }, createdAt: { gte: $since } }, order: [{ createdAt: DESC }]) { nodes { referenceId } } }",
            new { since },
            withCost: true);

        Assert.Equal(expected, ReferenceIds(Data(body).GetProperty("orders")));
        var filtered = SingleFilteredList(body);
        Assert.Equal(["status"], PushedDown(filtered));
        Assert.Equal(completed.Count, filtered.GetProperty("scanned").GetInt32());
        Assert.Equal(expected.Count, filtered.GetProperty("matched").GetInt32());
    }

    [Fact]
    public async Task One_property_among_an_appointments_properties_is_passed_on_as_its_property()
    {
        var appointments = Sandbox.Appointments.All();
        var property = appointments.SelectMany(appointment => appointment.PropertyIds).GroupBy(id => id).OrderByDescending(ids => ids.Count()).First().Key;
        var expected = appointments.Where(appointment => appointment.PropertyIds.Contains(property))
            .OrderBy(appointment => appointment.Title, Text()).ThenBy(appointment => appointment.Id, StringComparer.Ordinal).Select(appointment => appointment.Id).ToList();
        Assert.True(expected.Count < appointments.Count);

        var body = await gateway.PostQueryAsync(
            "query($property: String!) { appointments(first: 100, where: { propertyReferenceIds: { some: { eq: $property } } }, order: [{ title: ASC }]) { nodes { referenceId } } }",
            new { property },
            withCost: true);

        Assert.Equal(expected, ReferenceIds(Data(body).GetProperty("appointments")));
        var filtered = SingleFilteredList(body);
        Assert.Equal(["propertyReferenceIds"], PushedDown(filtered));
        Assert.Equal(expected.Count, filtered.GetProperty("scanned").GetInt32());
    }

    [Fact]
    public async Task Registration_and_invitation_of_contacts_are_passed_on()
    {
        var contacts = Sandbox.Contacts.All();
        var passedOn = contacts.Where(contact => contact.IsRegistered == true && contact.IsInvited == true).ToList();
        var expected = passedOn.Where(contact => Contains(contact.LastName, "er"))
            .OrderBy(contact => contact.LastName, Text()).ThenBy(contact => contact.Id, StringComparer.Ordinal).Select(contact => contact.Id).Take(100).ToList();
        Assert.NotEmpty(expected);

        var body = await gateway.PostQueryAsync(
            """{ contacts(first: 100, where: { isRegistered: { eq: true }, isInvited: { eq: true }, lastName: { contains: "er" } }, order: [{ lastName: ASC }]) { nodes { referenceId } } }""",
            withCost: true);

        Assert.Equal(expected, ReferenceIds(Data(body).GetProperty("contacts")));
        var filtered = SingleFilteredList(body);
        Assert.Equal(["isRegistered", "isInvited"], PushedDown(filtered));
        Assert.Equal(passedOn.Count, filtered.GetProperty("scanned").GetInt32());
    }

    [Fact]
    public async Task A_propertys_posts_pass_the_info_board_condition_on()
    {
        var posts = Sandbox.Posts.All();
        var property = posts.Where(post => post.ShowOnInfoboard == true).GroupBy(post => post.PropertyId).OrderByDescending(group => group.Count()).First().Key!;
        var onInfoboard = posts.Where(post => post.PropertyId == property && post.ShowOnInfoboard == true).ToList();
        var expected = onInfoboard.OrderByDescending(post => post.CreatedAt).ThenBy(post => post.Id, StringComparer.Ordinal).Select(post => post.Id).ToList();

        var body = await gateway.PostQueryAsync(
            "query($property: String!) { property(referenceId: $property) { posts(first: 100, where: { showOnInfoboard: { eq: true } }, order: [{ createdAt: DESC }]) { nodes { referenceId } } } }",
            new { property },
            withCost: true);

        Assert.Equal(expected, ReferenceIds(Data(body).GetProperty("property").GetProperty("posts")));
        var filtered = SingleFilteredList(body);
        Assert.Equal(["showOnInfoboard"], PushedDown(filtered));
        Assert.Equal(onInfoboard.Count, filtered.GetProperty("scanned").GetInt32());
    }
}
