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
    public static PageLinkPattern? Learn(string secondPageLink)
    {
        var query = secondPageLink.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
            return null;
        for (var start = query + 1; start < secondPageLink.Length;)
        {
            var end = secondPageLink.IndexOf('&', start);
            if (end < 0)
                end = secondPageLink.Length;
            if (secondPageLink.AsSpan(start, end - start).StartsWith(Parameter, StringComparison.Ordinal))
            {
                var number = secondPageLink.AsSpan(start + Parameter.Length, end - start - Parameter.Length);
                return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var second) && second is 1 or 2
                    ? new PageLinkPattern(secondPageLink[..(start + Parameter.Length)], secondPageLink[end..], second - 1)
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
