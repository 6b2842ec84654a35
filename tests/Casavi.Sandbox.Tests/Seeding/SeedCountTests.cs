using System.Text.RegularExpressions;

namespace Casavi.Sandbox.Tests.Seeding;

/// <summary>Scale 1 is a mid-sized German property manager, with casavi-style reference IDs.</summary>
[Collection(ReadOnlySandbox.Name)]
public sealed partial class SeedCountTests(SandboxHost host)
{
    [Fact]
    public void Scale_one_has_the_size_of_a_mid_sized_property_manager()
    {
        var data = host.Server.Data;
        Assert.Equal(50, data.Properties.Count);
        Assert.InRange(data.Units.Count, 450, 600);
        Assert.InRange(data.Contacts.Count, 800, 1100);
        Assert.Equal(12, data.Staff.Count);
        Assert.Equal(300, data.Tickets.Count);
        Assert.Equal(150, data.Orders.Count);
        Assert.Equal(40, data.Surveys.Count);
        Assert.Equal(60, data.Checklists.Count);
        Assert.Equal(150, data.Posts.Count);
        Assert.Equal(200, data.Documents.Count);
        Assert.Equal(60, data.Appointments.Count);
        Assert.InRange(data.Subcommunities.Count, 15, 60);
    }

    [Fact]
    public void Catalogs_hold_the_types_a_manager_works_with()
    {
        var data = host.Server.Data;
        Assert.Equal(12, data.TicketTypes.Count);
        Assert.Equal(4, data.TicketTypeGroups.Count);
        Assert.All(data.TicketTypes.All(), t => Assert.NotNull(data.TicketTypeGroups.Find(t.GroupId!)));
        Assert.Equal(5, data.OrderTypes.Count);
        Assert.Equal(8, data.DocumentTypes.Count);
        Assert.Contains(data.ConsumptionResources.All(), r => r.Name == "Strom" && r.Unit == "kWh");
        Assert.Equal(2, data.RestHooks.Count);
        Assert.Equal("AT-0001", data.AssemblyTopics.All()[0].Id);
    }

    [Fact]
    public void Reference_ids_follow_the_account_formats()
    {
        var data = host.Server.Data;
        Assert.All(data.Properties.All(), p => Assert.Matches(PropertyId(), p.Id));
        Assert.All(data.Units.All(), u => Assert.Matches(UnitId(), u.Id));
        Assert.All(data.Units.All(), u => Assert.StartsWith(u.PropertyId + "-", u.Id, StringComparison.Ordinal));
        Assert.All(data.Contacts.All(), c => Assert.Matches(ContactId(), c.Id));
        Assert.All(data.Tickets.All(), t => Assert.Matches(TicketId(), t.Id));
        Assert.All(data.Subcommunities.All(), s => Assert.Matches(SubcommunityId(), s.Id));
        Assert.Equal("C-000001", data.Contacts.All()[0].Id);
    }

    [Fact]
    public void Every_date_of_the_seed_lies_on_or_before_the_reference_day_except_appointments_and_leases_renewed_ahead()
    {
        var today = Data.ReferenceClock.Today;
        // Renewals start years ahead, so no contract changes state while the calendar moves on.
        var yearsAhead = today.AddYears(5).AddDays(-1);
        var data = host.Server.Data;
        Assert.All(data.Tickets.All(), t => Assert.True(t.CreatedAt <= today && t.UpdatedAt <= today));
        Assert.All(data.Posts.All(), p => Assert.True(p.CreatedAt <= today));
        Assert.All(data.Units.Rows(), row => Assert.True(row.ModifiedAt <= today));
        var contracts = data.Units.All().SelectMany(u => u.Contracts).ToList();
        Assert.All(contracts, c => Assert.True(
            (c.StartDate <= today || c.StartDate >= yearsAhead) && c.UpdatedAt <= today && (c.EndDate is null || c.EndDate <= today || c.EndDate >= yearsAhead)));
        var renewals = contracts.Count(c => c.StartDate > today);
        Assert.InRange(renewals, 1, contracts.Count / 20);
    }

    [GeneratedRegex(@"^P-\d{5}$")]
    private static partial Regex PropertyId();

    [GeneratedRegex(@"^P-\d{5}-\d{4}$")]
    private static partial Regex UnitId();

    [GeneratedRegex(@"^C-\d{6}$")]
    private static partial Regex ContactId();

    [GeneratedRegex(@"^T-\d{5}$")]
    private static partial Regex TicketId();

    [GeneratedRegex(@"^SC-\d{3}$")]
    private static partial Regex SubcommunityId();
}
