using System.Globalization;
using Casavi.Client.Errors;
using Casavi.Client.Paging;
using Casavi.Contract;

namespace Casavi.GraphQL.Tests.DataLoading;

/// <summary>What a list answers for a page past its last.</summary>
public enum PastTheEnd
{
    Empty,
    BadRequest,
    NotFound,
}

/// <summary>
/// The numbers 1..N (or from <see cref="FirstItem"/>) in pages of 25, numbered from <see cref="FirstPageNumber"/>, whose next links carry
/// <c>page</c> between other parameters (or an opaque token). Records requests and waves: a wave starts
/// when a request starts while none is in flight, as <c>CasaviCallLog</c> counts them.
/// </summary>
internal sealed class NumberedList(int itemCount) : ICasaviPager
{
    private readonly Lock gate = new();
    private int inFlight;

    public int ItemCount { get; set; } = itemCount;

    /// <summary>The number the list starts at: raising it removes items from the front, moving the rest to earlier pages.</summary>
    public int FirstItem { get; set; } = 1;

    public int FirstPageNumber { get; init; } = 1;

    public PastTheEnd PastTheEnd { get; init; }

    public bool OpaqueLinks { get; init; }

    /// <summary>Page numbers requested since the last <see cref="Clear"/>, the first page included.</summary>
    public List<int> Requests { get; } = [];

    public int Waves { get; private set; }

    public int MaxInFlight { get; private set; }

    public int PageCount => Math.Max(1, (ItemCount + 24) / 25);

    public static NumberedList WithPages(int pages, int firstPageNumber = 1, PastTheEnd pastTheEnd = PastTheEnd.Empty) =>
        new(pages * 25) { FirstPageNumber = firstPageNumber, PastTheEnd = pastTheEnd };

    public void Clear()
    {
        lock (gate)
        {
            Requests.Clear();
            Waves = 0;
            MaxInFlight = 0;
        }
    }

    public Task<Page<int>> FirstPageAsync(CancellationToken cancellationToken) => FetchAsync(FirstPageNumber);

    public async Task<Page<T>> GetPageAsync<T>(string link, CancellationToken cancellationToken)
    {
        var query = link[(link.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('&');
        var pair = query.Single(pair => pair.StartsWith("page=", StringComparison.Ordinal) || pair.StartsWith("cursor=", StringComparison.Ordinal));
        var number = int.Parse(pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture);
        return (Page<T>)(object)await FetchAsync(number);
    }

    private async Task<Page<int>> FetchAsync(int number)
    {
        lock (gate)
        {
            Requests.Add(number);
            if (inFlight == 0)
                Waves++;
            MaxInFlight = Math.Max(MaxInFlight, ++inFlight);
        }

        try
        {
            // Long enough that a busy machine does not split a round of requests started together.
            await Task.Delay(50);
        }
        finally
        {
            lock (gate)
                inFlight--;
        }

        var ordinal = number - FirstPageNumber + 1;
        if (ordinal > PageCount)
        {
            return PastTheEnd switch
            {
                PastTheEnd.BadRequest => throw new CasaviInvalidInputException($"Page {number} is beyond the last page", 400),
                PastTheEnd.NotFound => throw new CasaviNotFoundException($"Page {number} not found", 404),
                _ => new Page<int> { List = [] },
            };
        }

        var items = Enumerable.Range(((ordinal - 1) * 25) + FirstItem, 25).Where(item => item < FirstItem + ItemCount).ToList();
        var next = ordinal < PageCount ? LinkTo(number + 1) : null;
        return new Page<int> { List = items, Links = next is null ? null : new PageLinks { Next = next } };
    }

    private string LinkTo(int number) => OpaqueLinks
        ? string.Create(CultureInfo.InvariantCulture, $"/v2/numbers?cursor={number}")
        : string.Create(CultureInfo.InvariantCulture, $"/v2/numbers?sort=id&page={number}&size=25");
}
