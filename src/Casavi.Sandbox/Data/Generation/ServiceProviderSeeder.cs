using Casavi.Sandbox.Data.Vocabulary;

namespace Casavi.Sandbox.Data.Generation;

/// <summary>Craft companies (caretakers, cleaners, plumbers...) that take orders and responsibilities.</summary>
internal sealed class ServiceProviderSeeder(SeedContext context, Roster roster, PersonFactory people)
{
    private static readonly string[] CompanyNames = ["{0} {1} GmbH", "{1} {0}", "{0} {1} & Söhne", "{1} {0} e.K."];

    public void Seed()
    {
        for (var index = 0; index < context.Scaled(40); index++)
        {
            var trade = Trades.All[index % Trades.All.Count];
            var owner = context.Faker.Name.LastName();
            var contactFirst = context.Faker.Name.FirstName();
            var contactLast = context.Faker.Name.LastName();
            var company = string.Format(System.Globalization.CultureInfo.InvariantCulture, context.Pick(CompanyNames), trade, owner);
            var registered = context.Chance(0.3);
            var contact = people.Add(people.SomewhereElse(), c => c with
            {
                FirstName = contactFirst,
                LastName = contactLast,
                CompanyName = company,
                Email = SeedContext.Invariant($"info@{SeedContext.Slug(owner)}-{SeedContext.Slug(trade)}.example"),
                Telephone = context.Faker.Phone.PhoneNumber(),
                Mobile = context.Chance(0.5) ? context.Faker.Phone.PhoneNumber("01## #######") : null,
                IsRegistered = registered,
                IsInvited = registered || context.Chance(0.5),
                CustomFields = SeedContext.CustomFields(("Gewerk", trade)),
            });
            roster.ServiceProviders.Add((contact, trade));
        }
    }
}
