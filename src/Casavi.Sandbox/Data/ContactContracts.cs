using Casavi.Contract.MasterData;

namespace Casavi.Sandbox.Data;

/// <summary>
/// Contracts live in the units; a contact's <c>contracts</c> are derived from them, so the two views
/// always agree (same id, unit, property, type and dates).
/// </summary>
internal static class ContactContracts
{
    /// <summary>Every contact's contracts, in unit order then contract order.</summary>
    public static Dictionary<string, List<ContactContract>> ByContact(IEnumerable<Unit> units)
    {
        var byContact = new Dictionary<string, List<ContactContract>>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            foreach (var contract in unit.Contracts)
            {
                var view = new ContactContract
                {
                    Id = contract.Id,
                    PropertyId = unit.PropertyId,
                    UnitId = unit.Id,
                    Type = contract.Type,
                    StartDate = contract.StartDate,
                    EndDate = contract.EndDate,
                };
                foreach (var contactId in contract.Contacts)
                {
                    if (!byContact.TryGetValue(contactId, out var list))
                        byContact[contactId] = list = [];
                    list.Add(view);
                }
            }
        }
        return byContact;
    }

    public static List<ContactContract> Of(Dictionary<string, List<ContactContract>> byContact, string contactId) =>
        byContact.TryGetValue(contactId, out var list) ? list : [];
}
