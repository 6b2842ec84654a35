using Bogus.DataSets;
using Casavi.Contract.MasterData;
using Casavi.Sandbox.Data.Vocabulary;

namespace Casavi.Sandbox.Data.Generation;

/// <summary>The property manager's employees, and contacts for those who appear as responsibilities.</summary>
internal sealed class StaffSeeder(SeedContext context, Roster roster)
{
    public void SeedMembers(SandboxData data)
    {
        for (var number = 1; number <= context.Scaled(Staffing.Positions.Count); number++)
        {
            var first = context.Faker.Name.FirstName(context.Chance(0.5) ? Name.Gender.Female : Name.Gender.Male);
            var last = context.Faker.Name.LastName();
            var member = new StaffMember
            {
                Id = SeedContext.Invariant($"S-{number:D4}"),
                InternalId = 7_000 + number,
                FirstName = first,
                LastName = last,
                Email = SeedContext.Invariant($"{SeedContext.Slug(first)}.{SeedContext.Slug(last)}@{Staffing.CompanyDomain}"),
                Telephone = SeedContext.Invariant($"0221 98765-{100 + number}"),
                Position = Staffing.Positions[(number - 1) % Staffing.Positions.Count],
            };
            roster.Staff.Add(member);
            data.Staff.Add(member, context.DaysAgo(0, 900));
        }
    }

    /// <summary>Property managers and accountants are contacts too: responsibilities point at contacts.</summary>
    public void SeedContacts(PersonFactory people)
    {
        var office = new Home(Staffing.CompanyStreet, Staffing.CompanyPostalCode, Staffing.CompanyCity);
        foreach (var member in roster.Staff.Where(s => s.Position is Staffing.PropertyManagement or Staffing.Accounting))
        {
            var contact = people.Add(office, c => c with
            {
                FirstName = member.FirstName,
                LastName = member.LastName,
                CompanyName = Staffing.CompanyName,
                Email = member.Email,
                Telephone = member.Telephone,
                IsRegistered = true,
                IsInvited = true,
            });
            if (!roster.StaffContacts.TryGetValue(member.Position!, out var contacts))
                roster.StaffContacts[member.Position!] = contacts = [];
            contacts.Add(contact);
        }
    }
}
