using Casavi.Client.Paging;
using Casavi.Contract;
using Casavi.GraphQL.Kernel.DataLoading;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Tests.DataLoading;

public sealed class ListScannerTests
{
    private readonly PageCountHints hints = new();

    [Fact]
    public async Task The_first_walk_follows_links_and_later_walks_request_all_known_pages_at_once()
    {
        var list = new NumberedList(itemCount: 60);

        Assert.Equal(Enumerable.Range(1, 60), await ScanAllAsync(list));
        Assert.Equal(1, list.MaxInFlight);
        list.Requests.Clear();

        Assert.Equal(Enumerable.Range(1, 60), await ScanAllAsync(list));
        Assert.Equal(3, list.MaxInFlight);
        Assert.Equal(["page=1", "page=2", "page=3"], list.Requests.Order());
    }

    [Fact]
    public async Task A_walk_stopped_early_still_teaches_the_pages_it_saw()
    {
        var list = new NumberedList(itemCount: 100);
        await foreach (var item in Scanner(list).ScanAsync("numbers", list.FirstPageAsync, CancellationToken.None))
        {
            if (item == 60)
                break;
        }

        list.Requests.Clear();
        await ScanAllAsync(list);

        Assert.Equal(3, list.MaxInFlightSinceClear);
        Assert.Equal(4, list.Requests.Count);
    }

    [Fact]
    public async Task A_list_that_shrank_is_read_exactly_and_extra_pages_are_discarded()
    {
        var list = new NumberedList(itemCount: 60);
        await ScanAllAsync(list);
        list.ItemCount = 30;

        Assert.Equal(Enumerable.Range(1, 30), await ScanAllAsync(list));
        Assert.Equal(2, hints.TryGet("numbers", out var pattern) ? pattern.PageCount : 0);
    }

    [Fact]
    public async Task Without_page_numbers_in_links_every_walk_follows_links()
    {
        var list = new NumberedList(itemCount: 60) { OpaqueLinks = true };
        await ScanAllAsync(list);
        list.Requests.Clear();

        await ScanAllAsync(list);

        Assert.Equal(1, list.MaxInFlightSinceClear);
    }

    private ListScanner Scanner(NumberedList list) => new(list, hints, Options.Create(new BatchingOptions()));

    private async Task<List<int>> ScanAllAsync(NumberedList list)
    {
        var items = new List<int>();
        await foreach (var item in Scanner(list).ScanAsync("numbers", list.FirstPageAsync, CancellationToken.None))
            items.Add(item);
        return items;
    }

    /// <summary>1..N in pages of 25 whose links say <c>page=N</c> (or an opaque token), recording concurrency.</summary>
    private sealed class NumberedList(int itemCount) : ICasaviPager
    {
        private int inFlight;

        public int ItemCount { get; set; } = itemCount;

        public bool OpaqueLinks { get; init; }

        public List<string> Requests { get; } = [];

        public int MaxInFlight { get; private set; }

        public int MaxInFlightSinceClear => Requests.Count == 0 ? 0 : MaxInFlight;

        public Task<Page<int>> FirstPageAsync(CancellationToken cancellationToken) => FetchAsync(1);

        public async Task<Page<T>> GetPageAsync<T>(string link, CancellationToken cancellationToken)
        {
            var number = int.Parse(link[(link.LastIndexOf('=') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            return (Page<T>)(object)await FetchAsync(number);
        }

        private async Task<Page<int>> FetchAsync(int number)
        {
            lock (Requests)
            {
                if (Requests.Count == 0)
                    MaxInFlight = 0;
                Requests.Add($"page={number}");
                MaxInFlight = Math.Max(MaxInFlight, ++inFlight);
            }

            await Task.Delay(20);
            lock (Requests)
                inFlight--;

            var items = Enumerable.Range(((number - 1) * 25) + 1, 25).Where(item => item <= ItemCount).ToList();
            var next = number * 25 < ItemCount ? (OpaqueLinks ? $"/v2/numbers?cursor=x{number + 1}&n={number + 1}" : $"/v2/numbers?page={number + 1}") : null;
            return new Page<int> { List = items, Links = next is null ? null : new PageLinks { Next = next } };
        }
    }
}
