using System.Globalization;

namespace Casavi.GraphQL.Kernel.Paging;

/// <summary>
/// Whether a page link from a cursor names a page of the list it claims: the list's own path (after
/// the base URL's path, if any) and a numeric <c>page</c> parameter; its other parameters are the
/// list's filters, bound to the list by the cursor's signature. Checked before the link is fetched,
/// so even a cursor signed with a leaked key reaches no other casavi path.
/// </summary>
internal static class ListPageLink
{
    public static bool BelongsTo(string link, string listPath)
    {
        if (!Uri.TryCreate(link, UriKind.RelativeOrAbsolute, out var parsed))
            return false;
        var pathAndQuery = parsed.IsAbsoluteUri ? parsed.PathAndQuery : link;
        var query = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
            return false;

        var path = pathAndQuery[..query];
        return path.StartsWith('/')
            && path.EndsWith(listPath, StringComparison.Ordinal)
            && !path.Split('/').Any(segment => segment is "." or "..")
            && !path.Contains("%2e", StringComparison.OrdinalIgnoreCase)
            && !path.Contains("%2f", StringComparison.OrdinalIgnoreCase)
            && HasOnePageNumber(pathAndQuery[(query + 1)..]);
    }

    private static bool HasOnePageNumber(string query)
    {
        var pages = query.Split('&').Where(pair => pair.StartsWith("page=", StringComparison.Ordinal)).ToList();
        return pages.Count == 1 && int.TryParse(pages[0]["page=".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }
}
