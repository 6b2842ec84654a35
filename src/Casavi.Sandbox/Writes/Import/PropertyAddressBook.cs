using Casavi.Contract.MasterData;

namespace Casavi.Sandbox.Writes.Import;

/// <summary>
/// Keeps a property's <c>addresses[].units</c> in step with its units. Copies the lists: the old
/// property may be in the middle of being written to a response.
/// </summary>
internal static class PropertyAddressBook
{
    public static Property WithoutUnit(Property property, string unitId) => property with
    {
        Addresses = property.Addresses.ConvertAll(a => a with { Units = a.Units.FindAll(u => u != unitId) }),
    };

    /// <summary>Under the unit's street (added when new), or under the main address when the unit has none.</summary>
    public static Property WithUnit(Property property, string unitId, string? street)
    {
        var addresses = property.Addresses.ConvertAll(a => a with { Units = [.. a.Units] });
        var target = string.IsNullOrWhiteSpace(street) ? addresses.FirstOrDefault() : addresses.Find(a => a.Street == street);
        if (target is null && !string.IsNullOrWhiteSpace(street))
            addresses.Add(target = new PropertyAddress { Street = street });
        target?.Units.Add(unitId);
        return property with { Addresses = addresses };
    }
}
