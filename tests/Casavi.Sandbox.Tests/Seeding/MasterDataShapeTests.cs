using Casavi.Contract.MasterData;
using Casavi.Sandbox.Data;

namespace Casavi.Sandbox.Tests.Seeding;

/// <summary>Properties, units and contacts hang together the way a client joining them expects.</summary>
[Collection(ReadOnlySandbox.Name)]
public sealed class MasterDataShapeTests(SandboxHost host)
{
    private SandboxData Data => host.Server.Data;

    [Fact]
    public void Units_are_ordered_by_property_then_number()
    {
        var keys = Data.Units.All().Select(u => (u.PropertyId, u.Number)).ToList();
        Assert.Equal(keys.OrderBy(k => k.PropertyId, StringComparer.Ordinal).ThenBy(k => k.Number, StringComparer.Ordinal), keys);
    }

    [Fact]
    public void Every_unit_is_listed_under_exactly_one_address_of_its_property()
    {
        foreach (var property in Data.Properties.All())
        {
            Assert.InRange(property.Addresses.Count, 1, 3);
            var listed = property.Addresses.SelectMany(a => a.Units).ToList();
            var units = Data.Units.All().Where(u => u.PropertyId == property.Id).Select(u => u.Id).ToList();
            Assert.InRange(units.Count, 5, 15);
            Assert.Equal(units, listed);
        }
    }

    [Fact]
    public void Some_units_leave_their_street_to_the_property_addresses()
    {
        var units = Data.Units.All();
        Assert.Contains(units, u => u.Address == string.Empty);
        Assert.Contains(units, u => u.Purpose == UnitPurpose.Parking);
        Assert.Contains(units, u => u.Purpose == UnitPurpose.Commercial);
        Assert.InRange(units.Count(u => u.Purpose == UnitPurpose.Private), units.Count * 0.7, units.Count);
        Assert.Contains(units, u => u.VotingShare is > 0);
        Assert.Contains(units, u => u.VotingShare is null);
    }

    [Fact]
    public void Every_unit_has_one_active_owner_and_ended_contracts_have_a_successor()
    {
        var contracts = Data.Units.All().SelectMany(u => u.Contracts.Select(c => (Unit: u, Contract: c))).ToList();
        foreach (var unit in Data.Units.All())
            Assert.Single(unit.Contracts, c => c.Type == ContractType.Owner && ContractActivity.IsActive(c.EndDate, ReferenceClock.Today));
        var ended = contracts.FindAll(c => !ContractActivity.IsActive(c.Contract.EndDate, ReferenceClock.Today));
        Assert.InRange(ended.Count, contracts.Count * 0.08, contracts.Count * 0.3);
        Assert.All(ended, e => Assert.Contains(e.Unit.Contracts, c => c.Type == e.Contract.Type && c.StartDate > e.Contract.EndDate));
        Assert.InRange(Data.Units.All().Count(u => u.Contracts.Exists(c => c.Type == ContractType.Renter)), Data.Units.Count / 2, Data.Units.Count);
    }

    [Fact]
    public void Contacts_contracts_agree_with_the_units_contracts()
    {
        var fromUnits = Data.Units.All()
            .SelectMany(u => u.Contracts.SelectMany(c => c.Contacts.Select(contact => new ContractView(contact, c.Id, u.Id, u.PropertyId, c.Type, c.StartDate, c.EndDate))))
            .ToHashSet();
        var fromContacts = Data.Contacts.All()
            .SelectMany(contact => contact.Contracts.Select(c => new ContractView(contact.Id, c.Id, c.UnitId, c.PropertyId, c.Type, c.StartDate, c.EndDate)))
            .ToHashSet();
        Assert.Equal(fromUnits.Count, fromContacts.Count);
        Assert.True(fromUnits.SetEquals(fromContacts));
    }

    [Fact]
    public void Contacts_of_early_properties_come_first()
    {
        var firstProperties = Data.Contacts.All()
            .Select(c => c.Contracts.Select(k => k.PropertyId).Order(StringComparer.Ordinal).FirstOrDefault())
            .Where(p => p is not null)
            .ToList();
        Assert.Equal("P-00001", firstProperties[0]);
        Assert.Equal(firstProperties.Order(StringComparer.Ordinal), firstProperties);
    }

    [Fact]
    public void Subcommunities_hold_units_of_the_property_that_lists_them()
    {
        foreach (var property in Data.Properties.All().Where(p => p.SubcommunityIds.Count > 0))
        {
            var units = property.SubcommunityIds.SelectMany(id => Data.Subcommunities.Find(id)!.Units).ToList();
            Assert.All(units, u => Assert.Equal(property.Id, u.PropertyId));
            Assert.Equal(Data.Units.All().Count(u => u.PropertyId == property.Id), units.Count);
        }
        Assert.InRange(Data.Properties.All().Count(p => p.SubcommunityIds.Count > 0), 8, 30);
    }

    private sealed record ContractView(string Contact, string? Id, string? UnitId, string? PropertyId, ContractType Type, DateTimeOffset? Start, DateTimeOffset? End);
}
