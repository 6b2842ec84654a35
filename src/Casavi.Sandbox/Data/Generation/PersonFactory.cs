using Bogus.DataSets;
using Casavi.Contract.MasterData;
using Casavi.Sandbox.Data.Vocabulary;

namespace Casavi.Sandbox.Data.Generation;

/// <summary>Creates the contacts of the account (residents, staff, service providers) with consecutive IDs.</summary>
internal sealed class PersonFactory(SeedContext context, Roster roster)
{
    private const long FirstInternalId = 550_000;

    private static readonly string[] MailProviders = ["web.de", "gmx.de", "t-online.de", "gmail.com", "outlook.de", "posteo.de"];

    /// <summary>A private person; a second person of a household passes the first one's last name.</summary>
    public Contact Resident(Home home, string? lastName = null)
    {
        var faker = context.Faker;
        var first = faker.Name.FirstName(context.Chance(0.5) ? Name.Gender.Female : Name.Gender.Male);
        var last = lastName ?? faker.Name.LastName();
        var registered = context.Chance(0.55);
        return Add(home, contact => contact with
        {
            FirstName = first,
            LastName = last,
            Email = context.Chance(0.88) ? Email(first, last) : null,
            Telephone = context.Chance(0.7) ? faker.Phone.PhoneNumber() : null,
            Mobile = context.Chance(0.6) ? faker.Phone.PhoneNumber("01## #######") : null,
            IsRegistered = registered,
            IsInvited = registered || context.Chance(0.35),
            CustomFields = context.Chance(0.1)
                ? SeedContext.CustomFields(("Kundennummer", SeedContext.Invariant($"K-{contact.InternalId}")))
                : null,
        });
    }

    /// <summary>A contact with the given fields; ID, internal ID, address and app link are filled in here.</summary>
    public Contact Add(Home home, Func<Contact, Contact> fill)
    {
        var number = roster.Contacts.Count + 1;
        var internalId = FirstInternalId + number;
        var contact = fill(new Contact
        {
            Id = SeedContext.Invariant($"C-{number:D6}"),
            InternalId = internalId,
            Street = home.Street,
            PostalCode = home.PostalCode,
            City = home.City,
            Country = GermanPlaces.Country,
            AppLink = SeedContext.Invariant($"{SeedContext.AppBaseUrl}/contacts/{internalId}"),
        });
        roster.Contacts.Add(new Stamped<Contact>(contact, context.DaysAgo(0, 2200)));
        return contact;
    }

    /// <summary>A private mail address at a German mail provider.</summary>
    private string Email(string first, string last)
    {
        var number = context.Chance(0.3) ? SeedContext.Invariant($"{context.Random.Int(1, 99)}") : string.Empty;
        var separator = context.Chance(0.7) ? "." : "_";
        return $"{SeedContext.Slug(first)}{separator}{SeedContext.Slug(last)}{number}@{context.Pick(MailProviders)}";
    }

    /// <summary>An address somewhere in the region, for owners who do not live in their unit.</summary>
    public Home SomewhereElse()
    {
        var (city, first, last) = context.Pick(GermanPlaces.Cities);
        var street = SeedContext.Invariant($"{context.Pick(GermanPlaces.Streets)} {context.Random.Int(1, 140)}");
        return new Home(street, SeedContext.Invariant($"{context.Random.Int(first, last):D5}"), city);
    }
}
