using System.Globalization;
using Casavi.Contract.MasterData;

namespace Casavi.Sandbox.Data.Generation;

/// <summary>
/// Creates the 5 to 15 units of a property, numbered in order: maybe a shop on the ground floor,
/// flats, maybe parking spaces. Each unit belongs to one of the property's addresses.
/// </summary>
internal sealed class UnitSeeder(SeedContext context)
{
    private static readonly string[] Notes = ["Balkon zur Gartenseite", "Barrierefrei", "Mit Einbauküche", "Dachgeschoss mit Gaube"];

    private long nextInternalId = 120_000;

    /// <summary>The units (contracts still empty) and the property with its addresses listing them.</summary>
    public (Property Property, List<Unit> Units) Create(SeededProperty seeded)
    {
        var property = seeded.Property;
        var count = context.Random.Int(5, 15);
        var commercial = context.Chance(0.25) ? 1 : 0;
        var parking = context.Chance(0.4) ? context.Random.Int(1, 3) : 0;
        var addresses = property.Addresses;
        var units = new List<Unit>(count);
        var firstOfAddress = new int[addresses.Count];
        for (var index = count - 1; index >= 0; index--)
            firstOfAddress[index * addresses.Count / count] = index;
        for (var index = 0; index < count; index++)
        {
            var purpose = index < commercial ? UnitPurpose.Commercial
                : index >= count - parking ? UnitPurpose.Parking
                : UnitPurpose.Private;
            var addressIndex = index * addresses.Count / count;
            var address = addresses[addressIndex];
            units.Add(CreateUnit(property, index + 1, purpose, address.Street, index - firstOfAddress[addressIndex]));
            address.Units.Add(units[^1].Id);
        }
        return (property, seeded.IsCondominium ? WithVotingShares(units) : units);
    }

    private Unit CreateUnit(Property property, int number, UnitPurpose purpose, string street, int floorIndex)
    {
        var random = context.Random;
        var internalId = ++nextInternalId;
        var area = purpose switch
        {
            UnitPurpose.Parking => 12.5,
            UnitPurpose.Commercial => Math.Round(random.Double(60, 250), 1),
            _ => Math.Round(random.Double(35, 130), 1),
        };
        return new Unit
        {
            Id = SeedContext.Invariant($"{property.Id}-{number:D4}"),
            InternalId = internalId,
            Number = SeedContext.Invariant($"{number:D4}"),
            Name = purpose switch
            {
                UnitPurpose.Parking => SeedContext.Invariant($"Tiefgaragenstellplatz {number}"),
                UnitPurpose.Commercial => context.Chance(0.5) ? "Ladenlokal" : "Büroeinheit",
                _ => SeedContext.Invariant($"Wohnung {number}"),
            },
            Purpose = purpose,
            Area = area.ToString("0.0", CultureInfo.InvariantCulture),
            Floor = purpose == UnitPurpose.Parking ? "UG" : floorIndex / 2 == 0 ? "EG" : SeedContext.Invariant($"{floorIndex / 2}"),
            Rooms = purpose == UnitPurpose.Private ? Rooms(area) : null,
            MscNumber = property.MscNumber is not null && purpose != UnitPurpose.Parking ? SeedContext.Invariant($"{number}") : null,
            PropertyMscNumber = property.MscNumber,
            Note = context.Chance(0.1) ? context.Pick(Notes) : null,
            PropertyId = property.Id,
            // Some units leave the street to the property's address list, as casavi allows.
            Address = context.Chance(0.15) ? string.Empty : street,
            CustomFields = purpose == UnitPurpose.Private && context.Chance(0.3)
                ? SeedContext.CustomFields(("Kellerabteil", SeedContext.Invariant($"K{number}")), ("Balkon", context.Chance(0.6)))
                : null,
            AppLink = SeedContext.Invariant($"{SeedContext.AppBaseUrl}/communities/{property.InternalId}/units/{internalId}"),
        };
    }

    private static string Rooms(double area) => area switch
    {
        < 45 => "1",
        < 60 => "2",
        < 80 => "3",
        < 100 => "3.5",
        < 115 => "4",
        _ => "5",
    };

    /// <summary>Condominium shares (MEA) in thousandths, by area.</summary>
    private static List<Unit> WithVotingShares(List<Unit> units)
    {
        var total = units.Sum(u => double.Parse(u.Area!, CultureInfo.InvariantCulture));
        return units.ConvertAll(u => u with { VotingShare = Math.Round(double.Parse(u.Area!, CultureInfo.InvariantCulture) / total * 1000, 3) });
    }
}
