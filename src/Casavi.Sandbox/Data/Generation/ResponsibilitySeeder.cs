using Casavi.Contract.MasterData;
using Casavi.Sandbox.Data.Vocabulary;

namespace Casavi.Sandbox.Data.Generation;

/// <summary>
/// Two to four responsibilities a property: the property manager (always), the accountant,
/// the caretaker and the cleaning company.
/// </summary>
internal sealed class ResponsibilitySeeder(SeedContext context, Roster roster)
{
    public List<Responsibility> For(int propertyIndex)
    {
        var managers = roster.StaffContactsIn(Staffing.PropertyManagement);
        var list = new List<Responsibility>
        {
            Internal(managers[propertyIndex % managers.Count], "Hausverwaltung", context.Chance(0.85)),
        };
        if (context.Chance(0.6))
            list.Add(Internal(context.Pick(roster.StaffContactsIn(Staffing.Accounting)), "Buchhaltung", context.Chance(0.3)));
        var wantsCaretaker = context.Chance(0.75);
        if (context.Chance(0.5))
            list.Add(External(context.Pick(roster.ServiceProvidersIn(Trades.Cleaning)), "Reinigung", context.Chance(0.4)));
        if (wantsCaretaker || list.Count < 2)
            list.Insert(list.Count(r => r.RoleType == ResponsibilityRoleType.Internal),
                External(context.Pick(roster.ServiceProvidersIn(Trades.Caretaker)), "Hausmeister", context.Chance(0.7)));
        return list;
    }

    private static Responsibility Internal(Contact contact, string role, bool showOnPortal) =>
        Create(contact, $"{contact.FirstName} {contact.LastName}", role, ResponsibilityRoleType.Internal, showOnPortal);

    private static Responsibility External(Contact contact, string role, bool showOnPortal) =>
        Create(contact, contact.CompanyName!, role, ResponsibilityRoleType.External, showOnPortal);

    private static Responsibility Create(Contact contact, string name, string role, ResponsibilityRoleType type, bool showOnPortal) => new()
    {
        ContactId = contact.Id,
        ContactInternalId = contact.InternalId ?? 0,
        ContactName = name,
        RoleName = role,
        RoleType = type,
        Email = contact.Email,
        Telephone = contact.Telephone,
        ShowOnPortal = showOnPortal,
    };
}
