using Casavi.Contract.MasterData;
using Casavi.Sandbox.Data.Vocabulary;

namespace Casavi.Sandbox.Data.Generation;

/// <summary>Creates a property with its addresses; units, responsibilities and subcommunities come later.</summary>
internal sealed class PropertySeeder(SeedContext context)
{
    private static readonly string[] RentalNames = ["Wohnanlage {0}", "Wohnpark {0}", "Mehrfamilienhaus {0} {1}", "Quartier {0}"];
    private static readonly string[] Heatings = ["Gas", "Fernwärme", "Wärmepumpe", "Öl"];
    private static readonly (string Name, string Identifier)[] MeteringProviders =
        [("Messdienst Rheinland GmbH, Köln", "12"), ("WärmeMess West GmbH, Düsseldorf", "27"), ("Ablesedienst Siebengebirge GmbH, Bonn", "45")];

    // Most properties have one or two entrances, some three.
    private static readonly int[] AddressCounts = [1, 2, 3];
    private static readonly float[] AddressCountWeights = [0.4f, 0.4f, 0.2f];

    public SeededProperty Create(int number)
    {
        var random = context.Random;
        var id = SeedContext.Invariant($"P-{number:D5}");
        var internalId = 41_000L + number;
        var (city, firstPostalCode, lastPostalCode) = context.Pick(GermanPlaces.Cities);
        var street = context.Pick(GermanPlaces.Streets);
        var houseNumber = random.Int(1, 80);
        var addressCount = random.WeightedRandom(AddressCounts, AddressCountWeights);
        var isCondominium = context.Chance(0.5);
        var metering = context.Chance(0.6) ? context.Pick(MeteringProviders) : default;
        var property = new Property
        {
            Id = id,
            InternalId = internalId,
            Name = isCondominium
                ? SeedContext.Invariant($"WEG {street} {houseNumber}")
                : string.Format(System.Globalization.CultureInfo.InvariantCulture, context.Pick(RentalNames), street, houseNumber),
            Note = context.Chance(0.3) ? SeedContext.Invariant($"In Verwaltung seit {random.Int(1998, 2024)}") : null,
            Country = GermanPlaces.Country,
            City = city,
            PostalCode = SeedContext.Invariant($"{random.Int(firstPostalCode, lastPostalCode):D5}"),
            Number = SeedContext.Invariant($"{4700 + number}"),
            MscNumber = metering.Name is null ? null : SeedContext.Invariant($"{random.Int(100_000_000, 999_999_999)}"),
            MscProviderName = metering.Name,
            MscProviderIdentifier = metering.Identifier,
            Images = Enumerable.Range(1, random.Int(0, 3))
                .Select(k => SeedContext.Invariant($"{SeedContext.FilesBaseUrl}/properties/{id}/ansicht-{k}.jpg")).ToList(),
            Addresses = Enumerable.Range(0, addressCount)
                .Select(k => new PropertyAddress { Street = SeedContext.Invariant($"{street} {houseNumber + (2 * k)}") }).ToList(),
            CustomFields = context.Chance(0.7)
                ? SeedContext.CustomFields(("Baujahr", random.Int(1900, 2022)), ("Heizungsart", context.Pick(Heatings)), ("Aufzug", context.Chance(0.4)))
                : null,
            AppLink = SeedContext.Invariant($"{SeedContext.AppBaseUrl}/communities/{internalId}"),
        };
        return new SeededProperty(property, isCondominium, context.DaysAgo(0, 1800));
    }
}
