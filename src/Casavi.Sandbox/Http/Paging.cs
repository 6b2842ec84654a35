using System.Globalization;
using Casavi.Contract;

namespace Casavi.Sandbox.Http;

/// <summary>casavi's list envelope: 25 items a page, <c>page</c> counts from 1, <c>_links.next</c> until the last page.</summary>
internal static class Paging
{
    public const int PageSize = 25;

    public static IResult Page<T>(HttpRequest request, IReadOnlyList<T> items) => Page(request, items, item => item);

    /// <summary>Slices first, then projects, so only the 25 answered items pay for the projection.</summary>
    public static IResult Page<TItem, TOut>(HttpRequest request, IReadOnlyList<TItem> items, Func<TItem, TOut> project)
    {
        var page = PageNumber(request);
        var pageCount = Math.Max(1, (items.Count + PageSize - 1) / PageSize);
        if (page > pageCount)
            throw CasaviProblem.BadRequest($"Page {page} is beyond the last page ({pageCount})");
        var list = items.Skip((page - 1) * PageSize).Take(PageSize).Select(project).ToList();
        var links = page < pageCount ? new PageLinks { Next = NextLink(request, page + 1) } : null;
        return CasaviResults.Ok(new Page<TOut> { List = list, Links = links });
    }

    private static int PageNumber(HttpRequest request)
    {
        var text = QueryFilters.Text(request, "page");
        if (text is null)
            return 1;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1
            ? page
            : throw CasaviProblem.BadRequest("Query parameter 'page' must be a positive integer");
    }

    /// <summary>The same path and filters, in the caller's order and encoding, with the next page number.</summary>
    private static string NextLink(HttpRequest request, int page)
    {
        var filters = (request.QueryString.Value ?? string.Empty).TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !pair.Equals("page", StringComparison.OrdinalIgnoreCase)
                && !pair.StartsWith("page=", StringComparison.OrdinalIgnoreCase));
        var query = string.Join('&', filters.Append(string.Create(CultureInfo.InvariantCulture, $"page={page}")));
        return $"{request.PathBase}{request.Path}?{query}";
    }
}
