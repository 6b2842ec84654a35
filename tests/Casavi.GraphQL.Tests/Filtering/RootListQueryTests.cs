using Casavi.Contract.Content;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Tests.Infrastructure;
using static Casavi.GraphQL.Tests.Filtering.GatewayOrder;

namespace Casavi.GraphQL.Tests.Filtering;

/// <summary><c>where</c> and <c>order</c> on the root connections of every queryable type; expected results computed from the sandbox's data.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class RootListQueryTests(GatewayFixture gateway)
{
    private Casavi.Sandbox.Data.SandboxData Sandbox => gateway.Sandbox.Data;

    [Fact]
    public async Task Appointments_on_the_info_board_from_a_day_on_latest_first()
    {
        var all = Sandbox.Appointments.All();
        var since = all.Select(appointment => appointment.DateStart).Order().ElementAt(all.Count / 2);
        var expected = all.Where(appointment => appointment.ShowOnInfoboard == true && appointment.DateStart >= since)
            .OrderByDescending(appointment => appointment.DateStart).ThenBy(appointment => appointment.Id, StringComparer.Ordinal).Select(appointment => appointment.Id).ToList();

        var ids = await RootIdsAsync("appointments", "where: { showOnInfoboard: { eq: true }, dateStart: { gte: $since } }, order: [{ dateStart: DESC }]", new { since });

        AssertNarrowed(expected, all.Count);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Appointments_for_owners_and_not_renters_by_title()
    {
        var all = Sandbox.Appointments.All();
        var expected = all.Where(appointment => appointment.Roles.Contains(AppointmentRole.Owner) && !appointment.Roles.Contains(AppointmentRole.Renter))
            .OrderBy(appointment => appointment.Title, Text()).ThenBy(appointment => appointment.Id, StringComparer.Ordinal).Select(appointment => appointment.Id).ToList();

        var ids = await RootIdsAsync("appointments", "where: { roles: { some: { eq: OWNER }, none: { eq: RENTER } } }, order: [{ title: ASC }]");

        AssertNarrowed(expected, all.Count);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Document_types_named_with_a_letter_sorted_by_name()
    {
        var all = Sandbox.DocumentTypes.All();
        var expected = all.Where(type => Contains(type.Name, "e")).OrderBy(type => type.Name, Text()).ThenBy(type => type.Id, StringComparer.Ordinal).Select(type => type.Id).ToList();

        var ids = await RootIdsAsync("documentTypes", """where: { name: { contains: "E" } }, order: [{ name: ASC }]""");

        AssertNarrowed(expected, all.Count);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Staff_without_one_position_by_last_name_descending()
    {
        var all = Sandbox.Staff.All();
        var position = all[0].Position!;
        var expected = all.Where(member => member.Position != position).OrderBy(member => member.LastName, Text(descending: true)).ThenBy(member => member.Id, StringComparer.Ordinal).Select(member => member.Id).ToList();

        var ids = await RootIdsAsync("staff", "where: { position: { neq: $position } }, order: [{ lastName: DESC }]", new { position });

        AssertNarrowed(expected, all.Count);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Ticket_types_of_the_largest_group_by_name_descending_and_groups_but_one()
    {
        var types = Sandbox.TicketTypes.All();
        var group = types.GroupBy(type => type.GroupId).OrderByDescending(members => members.Count()).First().Key!;
        var expectedTypes = types.Where(type => type.GroupId == group).OrderBy(type => type.Name, Text(descending: true)).ThenBy(type => type.Id, StringComparer.Ordinal).Select(type => type.Id).ToList();
        var groups = Sandbox.TicketTypeGroups.All();
        var expectedGroups = groups.Where(candidate => candidate.Id != group).OrderBy(candidate => candidate.Name, Text()).ThenBy(candidate => candidate.Id, StringComparer.Ordinal).Select(candidate => candidate.Id).ToList();

        var typeIds = await RootIdsAsync("ticketTypes", "where: { groupId: { eq: $group } }, order: [{ name: DESC }]", new { group });
        var groupIds = await RootIdsAsync("ticketTypeGroups", "where: { referenceId: { nin: [$group] } }, order: [{ name: ASC }]", new { group });

        AssertNarrowed(expectedTypes, types.Count);
        Assert.Equal(expectedTypes, typeIds);
        AssertNarrowed(expectedGroups, groups.Count);
        Assert.Equal(expectedGroups, groupIds);
    }

    [Fact]
    public async Task Open_and_accepted_orders_with_a_due_date_soonest_due_first()
    {
        var all = Sandbox.Orders.All();
        var expected = all.Where(order => order.Status is OrderStatus.Open or OrderStatus.Accepted && order.DueDate is not null)
            .OrderBy(order => order.DueDate).ThenByDescending(order => order.CreatedAt).ThenBy(order => order.Id, StringComparer.Ordinal).Select(order => order.Id).ToList();

        var ids = await RootIdsAsync("orders", "where: { status: { in: [OPEN, ACCEPTED] }, dueDate: { neq: null } }, order: [{ dueDate: ASC }, { createdAt: DESC }]");

        AssertNarrowed(expected, all.Count);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Order_types_but_the_first_by_name()
    {
        var all = Sandbox.OrderTypes.All();
        var expected = all.Skip(1).OrderBy(type => type.Name, Text()).ThenBy(type => type.Id, StringComparer.Ordinal).Select(type => type.Id).ToList();

        var ids = await RootIdsAsync("orderTypes", "where: { referenceId: { neq: $first } }, order: [{ name: ASC }]", new { first = all[0].Id });

        AssertNarrowed(expected, all.Count);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Checklists_with_open_items_by_title()
    {
        var all = Sandbox.Checklists.All();
        var expected = all.Where(checklist => checklist.Items.Exists(item => !item.Checked))
            .OrderBy(checklist => checklist.Title, Text()).ThenBy(checklist => checklist.Id, StringComparer.Ordinal).Select(checklist => checklist.Id).ToList();

        var ids = await RootIdsAsync("checklists", "where: { items: { some: { checked: { eq: false } } } }, order: [{ title: ASC }]");

        AssertNarrowed(expected, all.Count);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Consumption_resources_in_one_measure_unit_by_name_descending()
    {
        var all = Sandbox.ConsumptionResources.All();
        var unit = all.GroupBy(resource => resource.Unit).OrderByDescending(resources => resources.Count()).First().Key;
        var expected = all.Where(resource => resource.Unit == unit).OrderBy(resource => resource.Name, Text(descending: true)).ThenBy(resource => resource.Id, StringComparer.Ordinal).Select(resource => resource.Id).ToList();

        var ids = await RootIdsAsync("consumptionResources", "where: { measureUnit: { eq: $unit } }, order: [{ name: DESC }]", new { unit });

        AssertNarrowed(expected, all.Count);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Rest_hooks_made_after_the_first_newest_first()
    {
        var all = Sandbox.RestHooks.All();
        var after = all.Min(hook => hook.CreatedAt);
        var expected = all.Where(hook => hook.CreatedAt > after).OrderByDescending(hook => hook.CreatedAt).ThenBy(hook => hook.Id, StringComparer.Ordinal).Select(hook => hook.Id).ToList();

        var ids = await RootIdsAsync("restHooks", "where: { createdAt: { gt: $after } }, order: [{ createdAt: DESC }]", new { after });

        AssertNarrowed(expected, all.Count);
        Assert.Equal(expected, ids);
    }

    /// <summary>The filter must leave some items and drop some, or the test would not show it filters.</summary>
    private static void AssertNarrowed(List<string> expected, int all)
    {
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < all, $"the filter keeps all {all} items");
    }

    private async Task<IEnumerable<string?>> RootIdsAsync(string field, string arguments, object? variables = null)
    {
        var declarations = string.Join(", ", (variables?.GetType().GetProperties() ?? []).Select(property => $"${property.Name}: {GraphQLTypeOf(property.PropertyType)}"));
        var query = $"query{(declarations.Length > 0 ? $"({declarations})" : "")} {{ {field}(first: 100, {arguments}) {{ totalCount nodes {{ referenceId }} }} }}";
        var connection = Data(await gateway.PostQueryAsync(query, variables)).GetProperty(field);
        Assert.True(connection.GetProperty("totalCount").GetInt32() <= 100, "the whole result should fit one page");
        return ReferenceIds(connection);
    }

    private static string GraphQLTypeOf(Type type) => type == typeof(DateTimeOffset) || type == typeof(DateTimeOffset?) ? "DateTime!" : "String!";
}
