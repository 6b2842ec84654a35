using Casavi.Contract.MasterData;

namespace Casavi.Sandbox.Data;

/// <summary>Units as casavi answers them: ended contracts only when asked for.</summary>
internal static class UnitViews
{
    public static Unit For(Unit unit, bool includeInactiveContracts, DateTimeOffset now) =>
        includeInactiveContracts || unit.Contracts.TrueForAll(c => ContractActivity.IsActive(c.EndDate, now))
            ? unit
            : unit with { Contracts = unit.Contracts.FindAll(c => ContractActivity.IsActive(c.EndDate, now)) };

    /// <summary>A subcommunity with its units as they are now (imports may have changed them).</summary>
    public static Subcommunity For(Subcommunity subcommunity, EntityTable<Unit> units, DateTimeOffset now) => subcommunity with
    {
        Units = subcommunity.Units
            .Select(embedded => units.Find(embedded.Id) ?? embedded)
            .Select(unit => For(unit, includeInactiveContracts: false, now))
            .ToList(),
    };
}
