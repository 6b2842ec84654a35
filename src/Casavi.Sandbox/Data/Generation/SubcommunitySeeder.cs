using Casavi.Contract.MasterData;

namespace Casavi.Sandbox.Data.Generation;

/// <summary>About a third of the properties are split into houses, one subcommunity an address.</summary>
internal sealed class SubcommunitySeeder(SeedContext context, SandboxData data)
{
    private int count;

    /// <summary>The IDs of the property's new subcommunities (empty for most properties).</summary>
    public List<string> For(Property property, IReadOnlyList<Unit> units)
    {
        if (property.Addresses.Count < 2 || !context.Chance(0.55))
            return [];
        var ids = new List<string>();
        foreach (var (address, index) in property.Addresses.Select((a, i) => (a, i)))
        {
            var subcommunity = new Subcommunity
            {
                Id = SeedContext.Invariant($"SC-{++count:D3}"),
                Name = SeedContext.Invariant($"Haus {(char)('A' + index)}"),
                Units = units.Where(u => address.Units.Contains(u.Id)).ToList(),
            };
            data.Subcommunities.Add(subcommunity, context.DaysAgo(0, 1500));
            ids.Add(subcommunity.Id);
        }
        return ids;
    }
}
