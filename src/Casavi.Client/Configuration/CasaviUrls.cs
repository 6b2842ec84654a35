namespace Casavi.Client;

/// <summary>URL building that keeps a path prefix of the base URL, as Refit does for the typed clients.</summary>
internal static class CasaviUrls
{
    public static Uri Resolve(Uri baseUrl, string relativePath) =>
        new($"{baseUrl.AbsoluteUri.TrimEnd('/')}/{relativePath.TrimStart('/')}");
}
