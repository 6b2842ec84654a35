using Casavi.Contract.MasterData;
using Casavi.GraphQL.Tests.Infrastructure;
using static Casavi.GraphQL.Tests.Filtering.GatewayOrder;

namespace Casavi.GraphQL.Tests.Filtering;

/// <summary><c>where</c> and <c>order</c> on nested connections and plain list fields; expected results computed from the sandbox's data.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class NestedListQueryTests(GatewayFixture gateway)
{
    private Casavi.Sandbox.Data.SandboxData Sandbox => gateway.Sandbox.Data;

    [Fact]
    public async Task A_propertys_units_filtered_sorted_and_paged_after_loading_them_all()
    {
        var (property, units) = Sandbox.Properties.All()
            .Select(candidate => (Property: candidate, Units: candidate.Addresses.SelectMany(address => address.Units).Distinct().Select(id => Sandbox.Units.Find(id)!).ToList()))
            .Where(candidate => candidate.Units.Count(unit => unit.Purpose != UnitPurpose.Parking) >= 5)
            .MaxBy(candidate => candidate.Units.Count(unit => unit.Purpose == UnitPurpose.Parking));
        var expected = units.Where(unit => unit.Purpose != UnitPurpose.Parking)
            .OrderBy(unit => unit.Name, Text(descending: true)).ThenBy(unit => unit.Id, StringComparer.Ordinal).Select(unit => unit.Id).ToList();
        Assert.InRange(expected.Count, 5, units.Count - 1);
        const string query = """
            query($property: String!, $after: String) {
              property(referenceId: $property) {
                units(first: 3, after: $after, where: { purpose: { neq: PARKING } }, order: [{ name: DESC }]) {
                  totalCount nodes { referenceId } pageInfo { endCursor }
                }
              }
            }
            """;

        var firstBody = await gateway.PostQueryAsync(query, new { property = property.Id }, withCost: true);
        var first = Data(firstBody).GetProperty("property").GetProperty("units");
        var second = Data(await gateway.PostQueryAsync(query, new { property = property.Id, after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() }))
            .GetProperty("property").GetProperty("units");

        Assert.Equal(expected.Count, first.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected.Take(3), ReferenceIds(first));
        Assert.Equal(expected.Skip(3).Take(3), ReferenceIds(second));
        var filtered = SingleFilteredList(firstBody);
        Assert.Equal("property.units", filtered.GetProperty("path").GetString());
        Assert.Equal(units.Count, filtered.GetProperty("scanned").GetInt32());
    }

    [Fact]
    public async Task A_units_renter_contracts_latest_start_first_as_a_plain_list()
    {
        var unit = Sandbox.Units.All().First(candidate => candidate.Contracts.Count(contract => contract.Type == ContractType.Renter) >= 2 && candidate.Contracts.Exists(contract => contract.Type == ContractType.Owner));
        var expected = unit.Contracts.Where(contract => contract.Type == ContractType.Renter)
            .OrderByDescending(contract => contract.StartDate ?? DateTimeOffset.MinValue).ThenBy(contract => $"{unit.Id}/{contract.Id}", StringComparer.Ordinal)
            .Select(contract => contract.Id).ToList();

        var body = await gateway.PostQueryAsync(
            "query($unit: String!) { unit(referenceId: $unit) { contracts(includeInactive: true, where: { type: { eq: RENTER } }, order: [{ startDate: DESC }]) { referenceId } } }",
            new { unit = unit.Id },
            withCost: true);

        Assert.Equal(expected, ReferenceIds(Data(body).GetProperty("unit").GetProperty("contracts")));
        var filtered = SingleFilteredList(body);
        Assert.Equal("unit.contracts", filtered.GetProperty("path").GetString());
        Assert.Equal(unit.Contracts.Count, filtered.GetProperty("scanned").GetInt32());
        Assert.Equal(expected.Count, filtered.GetProperty("matched").GetInt32());
    }

    [Fact]
    public async Task A_contacts_contracts_latest_start_first_and_its_units_and_properties_sorted_by_name()
    {
        var now = DateTimeOffset.UtcNow;
        var contracts = Sandbox.Units.All().SelectMany(unit => unit.Contracts.Select((contract, index) => (Unit: unit, Contract: contract, Key: $"{unit.Id}/{contract.Id ?? index.ToString(System.Globalization.CultureInfo.InvariantCulture)}"))).ToList();
        var contact = contracts.SelectMany(entry => entry.Contract.Contacts.Select(id => (Id: id, Entry: entry)))
            .GroupBy(pair => pair.Id)
            .MaxBy(pairs => (pairs.Where(pair => pair.Entry.Contract.EndDate is null || pair.Entry.Contract.EndDate > now.AddDays(1)).Select(pair => pair.Entry.Unit.Id).Distinct().Count(), pairs.Count()))!.Key;
        var mine = contracts.Where(entry => entry.Contract.Contacts.Contains(contact)).ToList();
        var left = mine[0].Contract.Id;
        var expectedContracts = mine.Where(entry => entry.Contract.Id != left)
            .OrderByDescending(entry => entry.Contract.StartDate ?? DateTimeOffset.MinValue).ThenBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => entry.Contract.Id).ToList();
        var active = mine.Where(entry => entry.Contract.EndDate is null || entry.Contract.EndDate >= now).Select(entry => entry.Unit).DistinctBy(unit => unit.Id).ToList();
        var expectedUnits = active.OrderBy(unit => unit.Name, Text(descending: true)).ThenBy(unit => unit.Id, StringComparer.Ordinal).Select(unit => unit.Id).ToList();
        var expectedProperties = active.Select(unit => Sandbox.Properties.Find(unit.PropertyId!)!).DistinctBy(property => property.Id)
            .OrderBy(property => property.Name, Text()).ThenBy(property => property.Id, StringComparer.Ordinal).Select(property => property.Id).ToList();
        Assert.True(expectedContracts.Count >= 1 && expectedUnits.Count >= 2, "the sandbox should have a contact with units in several contracts");

        var contactData = Data(await gateway.PostQueryAsync(
            """
            query($contact: String!, $left: String) {
              contact(referenceId: $contact) {
                contracts(includeInactive: true, where: { referenceId: { neq: $left } }, order: [{ startDate: DESC }]) { referenceId }
                units(order: [{ name: DESC }]) { referenceId }
                properties(order: [{ name: ASC }]) { referenceId }
              }
            }
            """,
            new { contact, left })).GetProperty("contact");

        Assert.Equal(expectedContracts, ReferenceIds(contactData.GetProperty("contracts")));
        Assert.Equal(expectedUnits, ReferenceIds(contactData.GetProperty("units")));
        Assert.Equal(expectedProperties, ReferenceIds(contactData.GetProperty("properties")));
    }

    [Fact]
    public async Task A_tickets_orders_sorted_and_its_survey_and_checklist_kept_or_left_out_by_their_conditions()
    {
        var ticketWithOrders = Sandbox.Orders.All().GroupBy(order => order.TicketId).MaxBy(orders => orders.Count())!;
        var firstOrder = ticketWithOrders.First().Id;
        var expectedOrders = ticketWithOrders.Where(order => order.Id != firstOrder).OrderByDescending(order => order.CreatedAt).ThenBy(order => order.Id, StringComparer.Ordinal).Select(order => order.Id).ToList();
        Assert.True(expectedOrders.Count >= 2, "the sandbox should have a ticket with three orders at least");
        // casavi's sandbox attaches one survey and one checklist to a ticket at most: conditions keep or drop it.
        var survey = Sandbox.Surveys.All()[0];
        var checklist = Sandbox.Checklists.All().First(candidate => candidate.Items.Exists(item => item.Checked) && candidate.Items.Exists(item => !item.Checked));

        var data = Data(await gateway.PostQueryAsync(
            """
            query($orders: String!, $first: String!, $survey: String!, $assignee: String!, $checklist: String!) {
              withOrders: ticket(referenceId: $orders) { orders(where: { referenceId: { neq: $first } }, order: [{ createdAt: DESC }]) { referenceId } }
              surveyKept: ticket(referenceId: $survey) { surveys(where: { assignedToId: { eq: $assignee } }) { referenceId } }
              surveyLeftOut: ticket(referenceId: $survey) { surveys(where: { assignedToId: { neq: $assignee } }) { referenceId } }
              checklistKept: ticket(referenceId: $checklist) { checklists(where: { items: { some: { checked: { eq: true } } } }) { referenceId } }
              checklistLeftOut: ticket(referenceId: $checklist) { checklists(where: { items: { all: { checked: { eq: true } } } }) { referenceId } }
            }
            """,
            new { orders = ticketWithOrders.Key, first = firstOrder, survey = survey.TicketId, assignee = survey.AssignedToId, checklist = checklist.TicketId }));

        Assert.Equal(expectedOrders, ReferenceIds(data.GetProperty("withOrders").GetProperty("orders")));
        Assert.Equal([survey.Id], ReferenceIds(data.GetProperty("surveyKept").GetProperty("surveys")));
        Assert.Empty(ReferenceIds(data.GetProperty("surveyLeftOut").GetProperty("surveys")));
        Assert.Equal([checklist.Id], ReferenceIds(data.GetProperty("checklistKept").GetProperty("checklists")));
        Assert.Empty(ReferenceIds(data.GetProperty("checklistLeftOut").GetProperty("checklists")));
    }

    [Fact]
    public async Task A_propertys_internal_responsibilities_by_role_and_its_subcommunities_by_name_descending()
    {
        var property = Sandbox.Properties.All().First(candidate => candidate.SubcommunityIds.Count >= 2
            && candidate.Responsibilities.Exists(responsibility => responsibility.RoleType == ResponsibilityRoleType.External)
            && candidate.Responsibilities.Count(responsibility => responsibility.RoleType == ResponsibilityRoleType.Internal) >= 2);
        var expectedResponsibilities = property.Responsibilities.Where(responsibility => responsibility.RoleType == ResponsibilityRoleType.Internal)
            .OrderBy(responsibility => responsibility.RoleName, Text()).ThenBy(responsibility => $"{responsibility.RoleName}/{responsibility.ContactId}", StringComparer.Ordinal)
            .Select(responsibility => $"{responsibility.RoleName}/{responsibility.ContactId}").ToList();
        var expectedSubcommunities = property.SubcommunityIds.Select(id => Sandbox.Subcommunities.Find(id)!)
            .OrderBy(subcommunity => subcommunity.Name, Text(descending: true)).ThenBy(subcommunity => subcommunity.Id, StringComparer.Ordinal).Select(subcommunity => subcommunity.Id).ToList();

        var data = Data(await gateway.PostQueryAsync(
            """
            query($property: String!) {
              property(referenceId: $property) {
                responsibilities(where: { roleType: { eq: INTERNAL } }, order: [{ roleName: ASC }]) { roleName contactReferenceId }
                subcommunities(where: { units: { any: true } }, order: [{ name: DESC }]) { referenceId }
              }
            }
            """,
            new { property = property.Id })).GetProperty("property");

        Assert.Equal(expectedResponsibilities, data.GetProperty("responsibilities").EnumerateArray()
            .Select(responsibility => $"{responsibility.GetProperty("roleName").GetString()}/{responsibility.GetProperty("contactReferenceId").GetString()}"));
        Assert.Equal(expectedSubcommunities, ReferenceIds(data.GetProperty("subcommunities")));
    }

    [Fact]
    public async Task A_groups_ticket_types_and_an_appointments_properties_sorted_by_name_descending()
    {
        var types = Sandbox.TicketTypes.All().GroupBy(type => type.GroupId).MaxBy(group => group.Count())!;
        var expectedTypes = types.OrderBy(type => type.Name, Text(descending: true)).ThenBy(type => type.Id, StringComparer.Ordinal).Select(type => type.Id).ToList();
        var appointment = Sandbox.Appointments.All().MaxBy(candidate => candidate.PropertyIds.Count)!;
        var expectedProperties = appointment.PropertyIds.Select(id => Sandbox.Properties.Find(id)!)
            .OrderBy(property => property.Name, Text(descending: true)).ThenBy(property => property.Id, StringComparer.Ordinal).Select(property => property.Id).ToList();
        Assert.True(expectedTypes.Count >= 2 && expectedProperties.Count >= 2, "the sandbox should have a group of several types and an appointment in several properties");

        var data = Data(await gateway.PostQueryAsync(
            """
            query($group: String!, $appointment: String!) {
              ticketTypeGroups(where: { referenceId: { eq: $group } }) { nodes { types(order: [{ name: DESC }]) { referenceId } } }
              appointment(referenceId: $appointment) { properties(order: [{ name: DESC }]) { referenceId } }
            }
            """,
            new { group = types.Key, appointment = appointment.Id }));

        Assert.Equal(expectedTypes, ReferenceIds(Assert.Single(data.GetProperty("ticketTypeGroups").GetProperty("nodes").EnumerateArray()).GetProperty("types")));
        Assert.Equal(expectedProperties, ReferenceIds(data.GetProperty("appointment").GetProperty("properties")));
    }
}
