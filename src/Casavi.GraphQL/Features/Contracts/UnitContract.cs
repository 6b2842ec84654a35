using Casavi.Contract.MasterData;

namespace Casavi.GraphQL.Features.Contracts;

/// <summary>A contract with the unit it belongs to (casavi embeds contracts in units) and whether it is active: not ended.</summary>
public sealed record UnitContract(Unit Unit, Casavi.Contract.MasterData.Contract Contract, bool IsActive)
{
    /// <summary>The contract's key within its unit: its reference ID, else its position.</summary>
    public string Key => $"{Unit.Id}/{Contract.Id ?? Unit.Contracts.IndexOf(Contract).ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static IReadOnlyList<UnitContract> Of(Unit unit, ContractSelection selection, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return [.. unit.Contracts
            .Select(contract => new UnitContract(unit, contract, IsActiveAt(contract, now)))
            .Where(contract => selection.Lists(contract.Contract, contract.IsActive))];
    }

    /// <summary>The unit as casavi lists it without <c>includeInactiveContracts</c>.</summary>
    public static Unit WithoutInactive(Unit unit, TimeProvider clock) =>
        unit with { Contracts = [.. unit.Contracts.Where(contract => IsActiveAt(contract, clock.GetUtcNow()))] };

    private static bool IsActiveAt(Casavi.Contract.MasterData.Contract contract, DateTimeOffset now) =>
        contract.EndDate is null || contract.EndDate >= now;
}
