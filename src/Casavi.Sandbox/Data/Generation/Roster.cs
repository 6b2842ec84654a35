using Casavi.Contract.MasterData;

namespace Casavi.Sandbox.Data.Generation;

/// <summary>The working memory of one generation: what earlier seeders made and later ones refer to.</summary>
internal sealed class Roster
{
    public List<SeededProperty> Properties { get; } = [];

    public List<Stamped<Unit>> Units { get; } = [];

    public Dictionary<string, List<Unit>> UnitsByProperty { get; } = new(StringComparer.Ordinal);

    public List<Stamped<Contact>> Contacts { get; } = [];

    public List<StaffMember> Staff { get; } = [];

    /// <summary>Contacts that stand for staff members, by the member's position.</summary>
    public Dictionary<string, List<Contact>> StaffContacts { get; } = new(StringComparer.Ordinal);

    public List<(Contact Contact, string Trade)> ServiceProviders { get; } = [];

    public IReadOnlyList<StaffMember> StaffIn(string position)
    {
        var members = Staff.FindAll(s => s.Position == position);
        return members.Count > 0 ? members : Staff;
    }

    public IReadOnlyList<Contact> StaffContactsIn(string position) =>
        StaffContacts.TryGetValue(position, out var contacts) ? contacts : StaffContacts.Values.First();

    public IReadOnlyList<Contact> ServiceProvidersIn(string trade)
    {
        var providers = ServiceProviders.FindAll(p => p.Trade == trade).ConvertAll(p => p.Contact);
        return providers.Count > 0 ? providers : ServiceProviders.ConvertAll(p => p.Contact);
    }
}

/// <summary>A property being seeded, with what only the generator needs to know about it.</summary>
internal sealed record SeededProperty(Property Property, bool IsCondominium, DateTimeOffset ModifiedAt);

/// <summary>Where a contact lives.</summary>
internal readonly record struct Home(string Street, string PostalCode, string City);
