using System.Collections.Concurrent;

namespace Casavi.GraphQL.Kernel.DataLoading;

/// <summary>
/// How many pages each list had when last walked, and how its page links look. Only this shape is
/// remembered across requests (never data), so the next walk can ask for all pages at once.
/// </summary>
public sealed class PageCountHints
{
    private readonly ConcurrentDictionary<string, PageLinkPattern> patterns = new(StringComparer.Ordinal);

    public bool TryGet(string listKey, out PageLinkPattern pattern) => patterns.TryGetValue(listKey, out pattern!);

    public void Remember(string listKey, PageLinkPattern pattern) => patterns[listKey] = pattern;
}

/// <summary>A list's next links address page N with a <c>page=N</c> query value; <paramref name="PageCount"/> pages were seen last time.</summary>
public sealed record PageLinkPattern(string SecondPageLink, int PageCount)
{
    private const string SecondPage = "page=2";

    /// <summary>The pattern, when the second page's link names its page number.</summary>
    public static PageLinkPattern? From(string secondPageLink, int pageCount) =>
        PageParameterIndex(secondPageLink) >= 0 ? new PageLinkPattern(secondPageLink, pageCount) : null;

    public string LinkTo(int page)
    {
        var index = PageParameterIndex(SecondPageLink);
        return string.Concat(SecondPageLink.AsSpan(0, index), $"page={page}", SecondPageLink.AsSpan(index + SecondPage.Length));
    }

    private static int PageParameterIndex(string link)
    {
        foreach (var prefix in new[] { "?", "&" })
        {
            var index = link.IndexOf(prefix + SecondPage, StringComparison.Ordinal);
            var end = index + prefix.Length + SecondPage.Length;
            if (index >= 0 && (end == link.Length || link[end] == '&'))
                return index + prefix.Length;
        }

        return -1;
    }
}
