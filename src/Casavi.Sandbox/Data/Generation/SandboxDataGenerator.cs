using Casavi.Contract.MasterData;

namespace Casavi.Sandbox.Data.Generation;

/// <summary>
/// Seeds a whole casavi account from <see cref="SandboxOptions.Seed"/> and <see cref="SandboxOptions.Scale"/>.
/// The order of the steps is part of the seed: every step draws from the same randomizer.
/// </summary>
internal static class SandboxDataGenerator
{
    public static SandboxData Generate(SandboxOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Scale);
        var context = new SeedContext(options);
        var data = new SandboxData();
        var roster = new Roster();
        var people = new PersonFactory(context, roster);
        var staff = new StaffSeeder(context, roster);

        CatalogSeeder.Seed(data);
        staff.SeedMembers(data);
        SeedPropertiesWithResidents(context, roster, people);
        staff.SeedContacts(people);
        new ServiceProviderSeeder(context, roster, people).Seed();
        AddUnitsAndContacts(data, roster);
        AddProperties(context, data, roster);

        var tickets = new TicketSeeder(context, roster).Seed(data);
        new OrderSeeder(context, roster).Seed(data, tickets);
        new SurveySeeder(context).Seed(data, tickets);
        new ChecklistSeeder(context).Seed(data, tickets);
        new PostSeeder(context, roster).Seed(data);
        new DocumentSeeder(context, roster).Seed(data);
        new AppointmentSeeder(context, roster).Seed(data);
        return data;
    }

    /// <summary>Property by property, so the contacts of early properties come first in the contacts list.</summary>
    private static void SeedPropertiesWithResidents(SeedContext context, Roster roster, PersonFactory people)
    {
        var properties = new PropertySeeder(context);
        var units = new UnitSeeder(context);
        var residents = new ResidentSeeder(context, people);
        for (var number = 1; number <= context.Scaled(50); number++)
        {
            var seeded = properties.Create(number);
            var (property, bare) = units.Create(seeded);
            var occupied = residents.Seed(property, bare);
            roster.Properties.Add(seeded with { Property = property });
            roster.UnitsByProperty[property.Id] = occupied;
            foreach (var unit in occupied)
            {
                var lastContractChange = unit.Contracts.Max(c => c.UpdatedAt!.Value);
                var modifiedAt = context.DaysAgo(0, 1800);
                roster.Units.Add(new Stamped<Unit>(unit, modifiedAt > lastContractChange ? modifiedAt : lastContractChange));
            }
        }
    }

    private static void AddUnitsAndContacts(SandboxData data, Roster roster)
    {
        foreach (var (unit, modifiedAt) in roster.Units)
            data.Units.Add(unit, modifiedAt);
        var contracts = ContactContracts.ByContact(roster.Units.Select(u => u.Entity));
        foreach (var (contact, modifiedAt) in roster.Contacts)
            data.Contacts.Add(contact with { Contracts = ContactContracts.Of(contracts, contact.Id) }, modifiedAt);
    }

    private static void AddProperties(SeedContext context, SandboxData data, Roster roster)
    {
        var responsibilities = new ResponsibilitySeeder(context, roster);
        var subcommunities = new SubcommunitySeeder(context, data);
        foreach (var (seeded, index) in roster.Properties.Select((p, i) => (p, i)))
        {
            var property = seeded.Property with
            {
                Responsibilities = responsibilities.For(index),
                SubcommunityIds = subcommunities.For(seeded.Property, roster.UnitsByProperty[seeded.Property.Id]),
            };
            data.Properties.Add(property, seeded.ModifiedAt);
        }
    }
}
