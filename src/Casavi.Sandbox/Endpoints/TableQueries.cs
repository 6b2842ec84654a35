using Casavi.Sandbox.Data;
using Casavi.Sandbox.Http;

namespace Casavi.Sandbox.Endpoints;

/// <summary>The lookups every resource group needs.</summary>
internal static class TableQueries
{
    /// <summary>The entity, or 404 "{what} not found".</summary>
    public static T Require<T>(this EntityTable<T> table, string id, string what)
        where T : class => table.Find(id) ?? throw CasaviProblem.NotFound(what);

    /// <summary>The entities modified strictly after the instant, all of them when it is null.</summary>
    public static List<T> ModifiedAfter<T>(this EntityTable<T> table, DateTimeOffset? instant)
        where T : class =>
        instant is null
            ? [.. table.All()]
            : table.Rows().Where(row => row.ModifiedAt > instant).Select(row => row.Entity).ToList();
}
