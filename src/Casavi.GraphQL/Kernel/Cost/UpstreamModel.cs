using Casavi.GraphQL.Kernel.Resources;

namespace Casavi.GraphQL.Kernel.Cost;

/// <summary>
/// What the estimate knows of casavi: how resources are served, how many pages lists had when last
/// walked (page-count hints), and how large a batch still goes by id.
/// </summary>
/// <param name="ResourceOf">The resource of an entity type; null when there is none.</param>
/// <param name="PagesOf">The pages a list (by list name) had when last walked; null when not known.</param>
public sealed record UpstreamModel(Func<Type, ICasaviResource?> ResourceOf, Func<string, int?> PagesOf, int ByIdMaxKeys)
{
    /// <summary>casavi's page size.</summary>
    public const int PageSize = 25;

    /// <summary>
    /// Pages assumed for a list never walked: 1,000 items. An assumption, not a bound: after the first
    /// walk the hint replaces it (casavi's lists are those of one property manager).
    /// </summary>
    public const int UnknownListPages = 40;

    public double PagesOfList(string listName) => PagesOf(listName) ?? UnknownListPages;

    /// <summary>Pages holding <paramref name="items"/> items; a request is made even for none.</summary>
    public static double PagesFor(double items) => Math.Max(1, Math.Ceiling(items / PageSize));

    /// <summary>
    /// Loading <paramref name="keys"/> entities through their resource's loader: by id (one request
    /// each), or a walk of the list, which the loader takes for batches over <see cref="ByIdMaxKeys"/>
    /// and whenever it costs fewer requests; so at most the keys, or the larger of the by-id bound and
    /// the list's pages.
    /// </summary>
    public double Load(Type entity, double keys)
    {
        if (ResourceOf(entity) is not { } resource)
            return keys;
        var listPages = resource.ListEndpoint is null ? double.PositiveInfinity : PagesOfList(ListScope.NameOf(resource.ListEndpoint));
        return resource.ByIdEndpoint is null ? listPages : Math.Min(keys, Math.Max(ByIdMaxKeys, listPages));
    }

    /// <summary>
    /// A field that calls <paramref name="endpoint"/> for <paramref name="parents"/> parents, each
    /// wanting <paramref name="items"/> items. A per-parent route (<c>{id}</c> in it) is called per
    /// parent and page; a list route is asked filtered per parent up to the by-id bound, beyond it
    /// walked once whole. <paramref name="wholeList"/> (totalCount, where, order, paging back) walks every page.
    /// </summary>
    public double Call(string endpoint, double parents, double items, bool wholeList)
    {
        if (endpoint.Contains('{', StringComparison.Ordinal))
            return parents * (wholeList ? Math.Max(PagesFor(items), UnknownListPages) : PagesFor(items));
        var listPages = PagesOfList(ListScope.NameOf(endpoint));
        var pages = Math.Min(parents * PagesFor(items), Math.Max(ByIdMaxKeys, listPages));
        return wholeList ? Math.Max(pages, listPages) : pages;
    }
}
