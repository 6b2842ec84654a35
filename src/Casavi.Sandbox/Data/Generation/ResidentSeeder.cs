using Casavi.Contract.MasterData;
using UnitContract = Casavi.Contract.MasterData.Contract;

namespace Casavi.Sandbox.Data.Generation;

/// <summary>
/// Gives every unit an owner contract and usually a renter contract, with the contacts behind them.
/// About a fifth of the contracts have an ended predecessor, and a few leases are renewed ahead
/// (every end date lies before the reference day or years after it, so no contract changes state as
/// the calendar moves on); some owners hold several units.
/// </summary>
internal sealed class ResidentSeeder(SeedContext context, PersonFactory people)
{
    public List<Unit> Seed(Property property, List<Unit> units)
    {
        var owners = new List<string>();
        return units.ConvertAll(unit => unit with { Contracts = ContractsOf(property, unit, owners) });
    }

    private List<UnitContract> ContractsOf(Property property, Unit unit, List<string> owners)
    {
        var contracts = new List<UnitContract>();
        var home = HomeOf(property, unit);
        var ownerOccupied = unit.Purpose == UnitPurpose.Private && context.Chance(0.15);
        var ownerStart = context.DateDaysAgo(700, 9000);
        if (context.Chance(0.2))
            contracts.Add(Predecessor(ContractType.Owner, people.Resident(people.SomewhereElse()).Id, ownerStart));
        var ownerId = owners.Count > 0 && !ownerOccupied && context.Chance(0.3)
            ? context.Pick(owners)
            : people.Resident(ownerOccupied ? home : people.SomewhereElse()).Id;
        if (!owners.Contains(ownerId))
            owners.Add(ownerId);
        contracts.Add(Create(ContractType.Owner, [ownerId], ownerStart, endDate: null));

        if (!ownerOccupied && context.Chance(RenterShare(unit.Purpose)))
        {
            var renterStart = context.DateDaysAgo(30, 5000);
            if (context.Chance(0.2))
                contracts.Add(Predecessor(ContractType.Renter, people.Resident(people.SomewhereElse()).Id, renterStart));
            var renter = people.Resident(home);
            List<string> renters = context.Chance(0.12) ? [renter.Id, people.Resident(home, renter.LastName).Id] : [renter.Id];
            contracts.Add(Create(ContractType.Renter, renters, renterStart, endDate: null));
        }
        RenewAhead(unit, contracts);
        return contracts.Select((c, index) => c with { Id = SeedContext.Invariant($"{unit.Id}-{index + 1:D2}") }).ToList();
    }

    /// <summary>
    /// About one rented unit in twenty-five has its lease already renewed: the current contract ends the
    /// day before the renewal starts, years after the reference day, so both keep their state while the
    /// calendar moves on. Chosen from the unit's ID and built without random draws, so the rest of the
    /// generated data is the same as without renewals.
    /// </summary>
    private static void RenewAhead(Unit unit, List<UnitContract> contracts)
    {
        var current = contracts.FindLastIndex(contract => contract.Type == ContractType.Renter && contract.EndDate is null);
        var hash = StableHash(unit.Id);
        if (current < 0 || hash % 25 != 0)
            return;
        var renewal = ReferenceClock.Today.AddYears(5).AddDays(hash / 25 % 365);
        contracts[current] = contracts[current] with { EndDate = renewal.AddDays(-1) };
        contracts.Add(contracts[current] with { StartDate = renewal, EndDate = null, CreatedAt = contracts[current].UpdatedAt });
    }

    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var character in text)
            hash = (hash ^ character) * 16777619u;
        return hash;
    }

    private UnitContract Predecessor(ContractType type, string contactId, DateTimeOffset successorStart) =>
        Create(type, [contactId], successorStart.AddDays(-context.Random.Int(365, 5000)), successorStart.AddDays(-1));

    private UnitContract Create(ContractType type, List<string> contacts, DateTimeOffset start, DateTimeOffset? endDate)
    {
        // Contracts older than the account were created by its first import.
        var onboarding = SeedContext.Today.AddYears(-7);
        var createdAt = start > onboarding
            ? start.AddDays(-context.Random.Int(0, 30))
            : onboarding.AddDays(context.Random.Int(0, 90)).AddSeconds(context.Random.Int(0, 86_399));
        var updatedAt = context.UpToToday(endDate is { } end && end > createdAt ? end : createdAt);
        return new UnitContract
        {
            Contacts = contacts,
            Type = type,
            StartDate = start,
            EndDate = endDate,
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
        };
    }

    private static double RenterShare(UnitPurpose purpose) => purpose switch
    {
        UnitPurpose.Commercial => 0.85,
        UnitPurpose.Parking => 0.45,
        _ => 0.75,
    };

    private static Home HomeOf(Property property, Unit unit)
    {
        var street = string.IsNullOrEmpty(unit.Address)
            ? property.Addresses.First(a => a.Units.Contains(unit.Id)).Street
            : unit.Address;
        return new Home(street, property.PostalCode!, property.City!);
    }
}
