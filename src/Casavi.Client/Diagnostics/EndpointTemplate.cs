namespace Casavi.Client.Diagnostics;

/// <summary>One Refit route such as "/v2/properties/{propertyId}/posts", matched segment by segment.</summary>
internal sealed class EndpointTemplate(HttpMethod method, string path)
{
    private readonly string[] segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);

    public HttpMethod Method { get; } = method;

    public string Path { get; } = path;

    public int LiteralSegments => segments.Count(segment => !IsPlaceholder(segment));

    /// <summary>
    /// Compares with the trailing segments of <paramref name="pathSegments"/>, so a base URL with a
    /// path prefix (a proxy's /casavi) still matches.
    /// </summary>
    public bool Matches(string[] pathSegments)
    {
        var offset = pathSegments.Length - segments.Length;
        if (offset < 0) return false;
        for (var i = 0; i < segments.Length; i++)
        {
            if (!IsPlaceholder(segments[i]) && !string.Equals(segments[i], pathSegments[offset + i], StringComparison.Ordinal))
                return false;
        }

        return true;
    }

    private static bool IsPlaceholder(string segment) => segment.StartsWith('{') && segment.EndsWith('}');
}
