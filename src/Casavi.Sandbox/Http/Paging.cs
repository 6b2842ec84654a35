using System.Globalization;
using Casavi.Contract;
using Microsoft.Extensions.DependencyInjection;

namespace Casavi.Sandbox.Http;

/// <summary>
/// casavi's list envelope: 25 items a page, <c>_links.next</c> until the last page. Pages are numbered
/// from <see cref="SandboxOptions.FirstPageNumber"/>; a request without <c>page</c> reads the first.
/// </summary>
internal static class Paging
{
    public const int PageSize = 25;

    public static IResult Page<T>(HttpRequest request, IReadOnlyList<T> items) => Page(request, items, item => item);

    /// <summary>Slices first, then projects, so only the 25 answered items pay for the projection.</summary>
    public static IResult Page<TItem, TOut>(HttpRequest request, IReadOnlyList<TItem> items, Func<TItem, TOut> project)
    {
        var options = request.HttpContext.RequestServices.GetRequiredService<SandboxOptions>();
        var first = options.FirstPageNumber;
        var page = PageNumber(request, first);
        var last = first + Math.Max(1, (items.Count + PageSize - 1) / PageSize) - 1;
        if (page > last)
        {
            return options.PastLastPage == PastLastPage.Empty
                ? CasaviResults.Ok(new Page<TOut> { List = [] })
                : throw CasaviProblem.BadRequest($"Page {page} is beyond the last page ({last})");
        }

        var list = items.Skip((page - first) * PageSize).Take(PageSize).Select(project).ToList();
        var links = page < last ? new PageLinks { Next = NextLink(request, page + 1) } : null;
        return CasaviResults.Ok(new Page<TOut> { List = list, Links = links });
    }

    private static int PageNumber(HttpRequest request, int first)
    {
        var text = QueryFilters.Text(request, "page");
        if (text is null)
            return first;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= first
            ? page
            : throw CasaviProblem.BadRequest($"Query parameter 'page' must be an integer from {first}");
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
