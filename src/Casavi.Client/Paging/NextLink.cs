using Casavi.Client.Errors;

namespace Casavi.Client.Paging;

/// <summary>Resolves a <c>_links.next</c> value against the base URL and keeps it on casavi's origin.</summary>
internal static class NextLink
{
    public static Uri Resolve(Uri baseUrl, string link)
    {
        if (!Uri.TryCreate(baseUrl, link, out var target))
            throw new CasaviInvalidInputException("The next-page link of a casavi list is not a URL; it was not followed.") { Reason = "answered a next-page link that is not a URL" };

        var sameOrigin = Uri.Compare(
            target, baseUrl, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
        if (!sameOrigin)
        {
            throw new CasaviInvalidInputException(
                $"The next-page link points to {target.GetLeftPart(UriPartial.Authority)}, not to casavi at {baseUrl.GetLeftPart(UriPartial.Authority)}; it was refused so the token is not sent there.")
            {
                Reason = "answered a next-page link to another host",
            };
        }

        return target;
    }
}
