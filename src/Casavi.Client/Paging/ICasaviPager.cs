using Casavi.Contract;

namespace Casavi.Client.Paging;

/// <summary>Follows casavi's <c>_links.next</c> cursors through the same pipeline as the typed clients.</summary>
public interface ICasaviPager
{
    /// <summary>
    /// Fetches the page behind a <c>_links.next</c> value (relative or absolute). Links to another
    /// origin than the configured base URL are refused, so the token is never sent elsewhere.
    /// </summary>
    Task<Page<T>> GetPageAsync<T>(string link, CancellationToken cancellationToken);
}
