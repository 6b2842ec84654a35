using System.Net.Http.Json;
using System.Text.Json;

namespace Casavi.GraphQL.Benchmarks;

/// <summary>The fewest casavi requests for a query (sign-in not counted) and how they add up.</summary>
internal sealed record MinimumCost(int Requests, string Breakdown);

/// <summary>
/// Works out the fewest casavi requests that can answer a query from the sandbox's own lists rather
/// than from what the gateway did: for each level, the cheaper of one request per distinct id (where
/// casavi has a by-id endpoint) and reading the pages that hold the needed items, by number (the whole
/// list when one is missing, as only the whole list shows that).
/// </summary>
internal static class MinimumRequests
{
    private const int PageSize = 25;

    /// <summary>Reads the sandbox's lists through its REST API, as the gateway would, so the pages are casavi's pages.</summary>
    public static async Task<(MinimumCost Nested, MinimumCost Tickets)> ComputeAsync(Uri sandboxBaseUrl, string key, string secret, int nestedProperties)
    {
        using var casavi = new HttpClient { BaseAddress = sandboxBaseUrl };
        using (var signIn = await casavi.PostAsJsonAsync("v2/authenticate", new { key, secret }))
        {
            signIn.EnsureSuccessStatusCode();
            using var token = JsonDocument.Parse(await signIn.Content.ReadAsStringAsync());
            casavi.DefaultRequestHeaders.Add("token", token.RootElement.GetProperty("token").GetString());
        }

        var properties = await ReadListAsync(casavi, "v2/properties");
        var units = await ReadListAsync(casavi, "v2/units?includeInactiveContracts=true");
        var contacts = await ReadListAsync(casavi, "v2/contacts");
        var tickets = await ReadListAsync(casavi, "v2/tickets");
        var staff = await ReadListAsync(casavi, "v2/staff");
        var types = await ReadListAsync(casavi, "v2/tickets/types");
        var groups = await ReadListAsync(casavi, "v2/tickets/type-groups");
        var orders = await ReadListAsync(casavi, "v2/tickets/orders");
        return (Nested(nestedProperties, properties, units, contacts), Tickets(100, properties, units, contacts, tickets, staff, types, groups, orders));
    }

    private static MinimumCost Nested(int first, CasaviList properties, CasaviList units, CasaviList contacts)
    {
        var shownProperties = properties.Items.Take(first).ToList();
        // Property.units shows the first 25 (its default page) of the units at its addresses, in address order.
        var unitIds = shownProperties.SelectMany(property => property.GetProperty("addresses").EnumerateArray()
                .SelectMany(address => address.GetProperty("units").EnumerateArray().Select(unit => unit.GetString()!))
                .Distinct(StringComparer.Ordinal).Take(PageSize))
            .ToHashSet(StringComparer.Ordinal);
        var shownUnits = units.Items.Where(unit => unitIds.Contains(Id(unit)));
        var contactIds = shownUnits.SelectMany(unit => unit.GetProperty("contracts").EnumerateArray())
            .SelectMany(contract => contract.GetProperty("contacts").EnumerateArray().Select(contact => contact.GetString()!))
            .ToHashSet(StringComparer.Ordinal);
        return Sum(
            Root("properties", properties, first),
            Level("units", units, unitIds, byId: true),
            Level("contacts", contacts, contactIds, byId: true));
    }

    private static MinimumCost Tickets(
        int first, CasaviList properties, CasaviList units, CasaviList contacts, CasaviList tickets,
        CasaviList staff, CasaviList types, CasaviList groups, CasaviList orders)
    {
        var shown = tickets.Items.Take(first).ToList();
        HashSet<string> Referenced(IEnumerable<JsonElement> items, string field) => items
            .Select(item => item.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : null)
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        var typeIds = Referenced(shown, "typeId");
        var shownTypes = types.Items.Where(type => typeIds.Contains(Id(type)));
        return Sum(
            Root("tickets", tickets, first),
            Level("properties", properties, Referenced(shown, "propertyId"), byId: true),
            Level("units", units, Referenced(shown, "unitId"), byId: true),
            Level("contacts", contacts, Referenced(shown, "contactId"), byId: true),
            Level("staff", staff, Referenced(shown, "assigneeId"), byId: false),
            Level("types", types, typeIds, byId: false),
            Level("type groups", groups, Referenced(shownTypes, "groupId"), byId: false),
            // casavi cannot filter orders by ticket: only the whole list shows which tickets have none.
            ("orders", orders.Pages.Count, $"orders {orders.Pages.Count} (whole list)"));
    }

    private static (string Name, int Requests, string Text) Root(string name, CasaviList list, int first)
    {
        var pages = Math.Min(list.Pages.Count, (first + PageSize - 1) / PageSize);
        return (name, pages, $"{name} {pages}");
    }

    private static (string Name, int Requests, string Text) Level(string name, CasaviList list, HashSet<string> ids, bool byId)
    {
        if (ids.Count == 0)
            return (name, 0, $"{name} 0");
        var neededPages = 0;
        var found = 0;
        foreach (var page in list.Pages)
        {
            var here = page.Count(item => ids.Contains(Id(item)));
            found += here;
            if (here > 0) neededPages++;
        }

        var walk = found == ids.Count ? neededPages : list.Pages.Count;
        var walkText = $"{walk} of {list.Pages.Count} pages";
        return byId && ids.Count < walk
            ? (name, ids.Count, $"{name} {ids.Count} (by id; walk {walkText})")
            : (name, walk, $"{name} {walk} ({walkText}{(byId ? $"; {ids.Count} by id" : string.Empty)})");
    }

    private static MinimumCost Sum(params (string Name, int Requests, string Text)[] levels) =>
        new(levels.Sum(level => level.Requests), string.Join(" + ", levels.Select(level => level.Text)));

    private static string Id(JsonElement item) => item.GetProperty("id").GetString()!;

    /// <summary>Follows the next links from the first page, keeping casavi's pages as they came.</summary>
    private static async Task<CasaviList> ReadListAsync(HttpClient casavi, string firstPage)
    {
        var pages = new List<IReadOnlyList<JsonElement>>();
        for (string? next = firstPage; next is not null;)
        {
            using var document = JsonDocument.Parse(await casavi.GetStringAsync(new Uri(next.TrimStart('/'), UriKind.Relative)));
            pages.Add(document.RootElement.GetProperty("list").EnumerateArray().Select(item => item.Clone()).ToList());
            next = document.RootElement.TryGetProperty("_links", out var links) && links.ValueKind == JsonValueKind.Object
                && links.TryGetProperty("next", out var link) && link.ValueKind == JsonValueKind.String
                    ? link.GetString()
                    : null;
        }

        return new CasaviList(pages);
    }

    private sealed record CasaviList(IReadOnlyList<IReadOnlyList<JsonElement>> Pages)
    {
        public IEnumerable<JsonElement> Items => Pages.SelectMany(page => page);
    }
}
