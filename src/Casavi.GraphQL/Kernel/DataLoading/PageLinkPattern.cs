using System.Globalization;

namespace Casavi.GraphQL.Kernel.DataLoading;

/// <summary>
/// How a list's links number its pages, learnt from the first page's link to the second: its
/// <c>page</c> query value is 1 when pages count from 0 (casavi's examples) and 2 when they count
/// from 1. The rest of the link (path, other parameters, their order) is kept as casavi wrote it.
/// Two patterns are equal when they make the same links, which tells a remembered one is still current.
/// </summary>
public sealed record PageLinkPattern
{
    private const string Parameter = "page=";
    private readonly string beforeNumber;
    private readonly string afterNumber;

    private PageLinkPattern(string beforeNumber, string afterNumber, int firstPageNumber)
    {
        this.beforeNumber = beforeNumber;
        this.afterNumber = afterNumber;
        FirstPageNumber = firstPageNumber;
    }

    /// <summary>The number of the first page: 0 or 1.</summary>
    public int FirstPageNumber { get; }

    /// <summary>The pattern, or null when the link names no page number that says how pages count.</summary>
    public static PageLinkPattern? Learn(string secondPageLink) =>
        FindNumber(secondPageLink) is var (start, end, second) && second is 1 or 2
            ? new PageLinkPattern(secondPageLink[..start], secondPageLink[end..], second - 1)
            : null;

    /// <summary>
    /// The links to the <paramref name="count"/> pages after the one <paramref name="link"/> names, its page
    /// number counted up by one each (as casavi numbers pages); none when the link names no page number.
    /// </summary>
    public static IReadOnlyList<string> Following(string link, int count) =>
        FindNumber(link) is var (start, end, number)
            ? [.. Enumerable.Range(1, Math.Max(0, count)).Select(step => string.Concat(link.AsSpan(0, start), (number + step).ToString(CultureInfo.InvariantCulture), link.AsSpan(end)))]
            : [];

    /// <summary>Where the value of the link's <c>page</c> query parameter starts and ends, and the number it holds.</summary>
    private static (int Start, int End, int Number)? FindNumber(string link)
    {
        var query = link.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
            return null;
        for (var start = query + 1; start < link.Length;)
        {
            var end = link.IndexOf('&', start);
            if (end < 0)
                end = link.Length;
            if (link.AsSpan(start, end - start).StartsWith(Parameter, StringComparison.Ordinal))
            {
                var valueStart = start + Parameter.Length;
                return int.TryParse(link.AsSpan(valueStart, end - valueStart), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                    ? (valueStart, end, number)
                    : null;
            }

            start = end + 1;
        }

        return null;
    }

    /// <summary>The link to the <paramref name="ordinal"/>-th page (1 is the first), whatever number casavi gives it.</summary>
    public string LinkTo(int ordinal) =>
        string.Concat(beforeNumber, (FirstPageNumber + ordinal - 1).ToString(CultureInfo.InvariantCulture), afterNumber);
}
