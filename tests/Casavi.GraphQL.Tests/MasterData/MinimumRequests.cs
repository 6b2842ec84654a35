using Casavi.Sandbox.Data;

namespace Casavi.GraphQL.Tests.MasterData;

/// <summary>
/// The fewest casavi requests the cost tests' queries can take on the sandbox's data: the root list's
/// pages, then per level the pages holding the keys it asks for (or the keys themselves by id, when
/// fewer and casavi serves them by id), and every page of a list that is only grouped.
/// </summary>
internal static class MinimumRequests
{
    private const int PageSize = 25;

    public static string NestedQuery(int first) =>
        $"{{ properties(first: {first}) {{ nodes {{ name units {{ nodes {{ name contracts(includeInactive: true) {{ type contacts {{ firstName lastName }} }} }} }} }} }} }}";

    public const string TicketsQuery =
        "{ tickets(first: 100) { nodes { title property { name } unit { name } reporter { lastName } assignee { lastName } type { name group { name } } orders { status } } } }";

    public static int OfNested(SandboxData data, int first)
    {
        var unitIds = NestedMasterDataQuery.UnitIds(data, first);
        var contactIds = unitIds.SelectMany(id => data.Units.Find(id)!.Contracts).SelectMany(contract => contract.Contacts);
        return PagesFor(first)
            + Level(data.Units.All(), unit => unit.Id, unitIds, byId: true)
            + Level(data.Contacts.All(), contact => contact.Id, contactIds, byId: true);
    }

    public static int OfTickets(SandboxData data)
    {
        var tickets = data.Tickets.All().Take(100).ToList();
        var typeIds = tickets.Select(ticket => ticket.TypeId).OfType<string>().ToList();
        var groupIds = typeIds.Distinct().Select(id => data.TicketTypes.Find(id)?.GroupId).OfType<string>();
        return PagesFor(tickets.Count)
            + Level(data.Properties.All(), property => property.Id, tickets.Select(ticket => ticket.PropertyId).OfType<string>(), byId: true)
            + Level(data.Units.All(), unit => unit.Id, tickets.Select(ticket => ticket.UnitId).OfType<string>(), byId: true)
            + Level(data.Contacts.All(), contact => contact.Id, tickets.Select(ticket => ticket.ContactId).OfType<string>(), byId: true)
            + Level(data.Staff.All(), staff => staff.Id, tickets.Select(ticket => ticket.AssigneeId).OfType<string>(), byId: false)
            + Level(data.TicketTypes.All(), type => type.Id, typeIds, byId: false)
            + Level(data.TicketTypeGroups.All(), group => group.Id, groupIds, byId: false)
            + PagesFor(data.Orders.Count);
    }

    private static int PagesFor(int items) => Math.Max(1, (items + PageSize - 1) / PageSize);

    private static int Level<T>(IReadOnlyList<T> list, Func<T, string> keyOf, IEnumerable<string> keys, bool byId)
    {
        var wanted = keys.ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0)
            return 0;
        var pages = list.Select((item, index) => (Key: keyOf(item), Page: index / PageSize)).Where(entry => wanted.Contains(entry.Key)).Select(entry => entry.Page).Distinct().Count();
        return byId ? Math.Min(wanted.Count, pages) : pages;
    }
}
