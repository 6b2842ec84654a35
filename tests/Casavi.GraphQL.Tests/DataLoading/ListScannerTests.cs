using Casavi.GraphQL.Kernel.DataLoading;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Tests.DataLoading;

public sealed class ListScannerTests
{
    private readonly PageCountHints hints = new();

    public static TheoryData<int, PastTheEnd> Numberings() => new()
    {
        { 0, PastTheEnd.BadRequest },
        { 0, PastTheEnd.Empty },
        { 1, PastTheEnd.NotFound },
        { 1, PastTheEnd.Empty },
    };

    [Theory]
    [MemberData(nameof(Numberings))]
    public async Task A_list_never_seen_is_read_in_logarithmic_waves_with_few_pages_past_the_end(int firstPageNumber, PastTheEnd pastTheEnd)
    {
        var list = NumberedList.WithPages(40, firstPageNumber, pastTheEnd);

        Assert.Equal(Enumerable.Range(1, 1000), await ScanAllAsync(list));

        // Linear would be 40 waves; doubling probes and halving the gap take about 2·log2(40).
        Assert.InRange(list.Waves, 2, 8);
        Assert.InRange(list.Requests.Count, 40, (40 * 1.1) + 2);
        Assert.Equal(40, hints.PagesOf("numbers"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(13)]
    [InlineData(17)]
    [InlineData(31)]
    [InlineData(33)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(99)]
    [InlineData(150)]
    public async Task Pages_past_the_end_stay_under_a_tenth_of_the_pages_plus_four(int pages)
    {
        var list = NumberedList.WithPages(pages, firstPageNumber: 0, PastTheEnd.BadRequest);

        Assert.Equal(Enumerable.Range(1, pages * 25), await ScanAllAsync(list));

        Assert.InRange(list.Requests.Count, pages, pages + (pages / 10.0) + 4);
        Assert.InRange(list.Waves, 1, (2 * Math.Log2(pages)) + 2);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task A_list_walked_before_is_read_in_one_wave_without_probes(int firstPageNumber)
    {
        var list = NumberedList.WithPages(12, firstPageNumber);
        await ScanAllAsync(list);
        list.Clear();

        Assert.Equal(Enumerable.Range(1, 300), await ScanAllAsync(list));

        Assert.Equal(Enumerable.Range(firstPageNumber, 12), list.Requests.Order());
        Assert.Equal(1, list.Waves);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_search_that_ends_on_the_first_page_costs_one_page_whether_or_not_the_list_was_walked(bool walkedBefore)
    {
        var list = NumberedList.WithPages(36, firstPageNumber: 0);
        if (walkedBefore)
            await ScanAllAsync(list);
        list.Clear();

        Assert.Equal(10, await FindAsync(list, 10));

        Assert.Equal([0], list.Requests);
    }

    [Fact]
    public async Task A_search_issues_pages_in_growing_windows_up_to_the_known_count()
    {
        var list = NumberedList.WithPages(36, firstPageNumber: 0);
        await ScanAllAsync(list);
        list.Clear();

        // Item 60 is on the third page: windows of 1 and 2 pages.
        Assert.Equal(60, await FindAsync(list, 60));
        Assert.Equal([0, 1, 2], list.Requests.Order());

        list.Clear();
        Assert.Equal(900, await FindAsync(list, 900));
        Assert.Equal(Enumerable.Range(0, 36), list.Requests.Order());
        Assert.Equal(6, list.Waves);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(400)]
    public async Task A_list_that_shrank_or_grew_is_read_exactly_and_its_new_length_remembered(int itemCount)
    {
        var list = new NumberedList(itemCount: 60);
        await ScanAllAsync(list);
        list.ItemCount = itemCount;

        Assert.Equal(Enumerable.Range(1, itemCount), await ScanAllAsync(list));
        Assert.Equal(list.PageCount, hints.PagesOf("numbers"));
    }

    [Fact]
    public async Task A_search_stopped_early_still_teaches_the_pages_it_saw()
    {
        var list = new NumberedList(itemCount: 100);
        await FindAsync(list, 60);
        list.Clear();

        await ScanAllAsync(list);

        Assert.Equal(4, list.Requests.Count);
    }

    [Fact]
    public async Task Without_page_numbers_in_links_every_walk_follows_links()
    {
        var list = new NumberedList(itemCount: 60) { OpaqueLinks = true };
        await ScanAllAsync(list);
        list.Clear();

        Assert.Equal(Enumerable.Range(1, 60), await ScanAllAsync(list));

        Assert.Equal(1, list.MaxInFlight);
        Assert.Equal(3, list.Requests.Count);
        Assert.Null(hints.PagesOf("numbers"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task A_search_for_keys_seen_before_requests_exactly_their_pages_in_one_round(int firstPageNumber)
    {
        var list = NumberedList.WithPages(40, firstPageNumber);
        await FindAllAsync(list, 60, 610, 990);
        list.Clear();

        var found = await FindAllAsync(list, 60, 610, 990);

        Assert.Equal([60, 610, 990], found);
        // Pages 3, 25 and 40 (ordinals), the first page not among them.
        int[] ordinals = [3, 25, 40];
        Assert.Equal(ordinals.Select(ordinal => firstPageNumber + ordinal - 1), list.Requests.Order());
        Assert.Equal(1, list.Waves);
    }

    [Fact]
    public async Task Keys_not_seen_before_are_searched_from_the_first_page_requested_with_the_located_ones()
    {
        var list = NumberedList.WithPages(40, firstPageNumber: 0);
        await FindAllAsync(list, 60);
        list.Clear();

        var found = await FindAllAsync(list, 10, 60);

        // 10, never sought, is on the first page, which goes out with the third where 60 was seen.
        Assert.Equal([10, 60], found);
        Assert.Equal([0, 2], list.Requests.Order());
        Assert.Equal(1, list.Waves);
    }

    [Fact]
    public async Task A_key_no_longer_on_its_page_is_searched_along_the_links_and_its_new_page_remembered()
    {
        var list = NumberedList.WithPages(8, firstPageNumber: 0);
        await FindAllAsync(list, 60);
        list.FirstItem = 26;
        list.Clear();

        // 60 was on the third page; with the first 25 items gone it is on the second.
        Assert.Equal(60, Assert.Single(await FindAllAsync(list, 60)));
        Assert.Equal(2, list.Requests[0]);
        Assert.Contains(1, list.Requests);

        list.Clear();
        Assert.Equal(60, Assert.Single(await FindAllAsync(list, 60)));
        Assert.Equal(1, Assert.Single(list.Requests));
    }

    [Fact]
    public async Task A_search_never_made_finds_densely_listed_keys_in_two_rounds()
    {
        var list = NumberedList.WithPages(40, firstPageNumber: 0);
        // 200 keys on the first 10 pages: 20 of each page's 25 items.
        int[] keys = [.. Enumerable.Range(1, 250).Where(item => item % 5 != 0)];

        Assert.Equal(keys, await FindAllAsync(list, keys));

        Assert.Equal(2, list.Waves);
        Assert.InRange(list.Requests.Count, 10, 10 + 1 + 4);
    }

    [Fact]
    public async Task A_search_for_keys_the_list_lacks_costs_at_most_one_page_more_per_25_of_them()
    {
        var list = NumberedList.WithPages(3, firstPageNumber: 0, PastTheEnd.BadRequest);
        int[] keys = [.. Enumerable.Range(1, 400)];

        Assert.Equal(Enumerable.Range(1, 75), await FindAllAsync(list, keys));

        Assert.InRange(list.Requests.Count, 3, 3 + (3 / 10.0) + 4 + ((400 - 75) / 25));
    }

    private ListScanner Scanner(NumberedList list) => new(list, hints, Options.Create(new BatchingOptions()));

    private async Task<List<int>> ScanAllAsync(NumberedList list)
    {
        var items = new List<int>();
        await foreach (var item in Scanner(list).ScanAsync("numbers", list.FirstPageAsync, WalkDemand.AllPages, CancellationToken.None))
            items.Add(item);
        return items;
    }

    private async Task<int[]> FindAllAsync(NumberedList list, params int[] wanted)
    {
        var found = await ListWalk.FindAsync(
            [.. wanted.Select(item => item.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            demand => Scanner(list).ScanAsync("numbers", list.FirstPageAsync, demand, CancellationToken.None),
            (int item) => item.ToString(System.Globalization.CultureInfo.InvariantCulture),
            (_, _) => { });
        return [.. found.Values.Order()];
    }

    private async Task<int> FindAsync(NumberedList list, int wanted)
    {
        var found = await ListWalk.FindAsync(
            [wanted.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            demand => Scanner(list).ScanAsync("numbers", list.FirstPageAsync, demand, CancellationToken.None),
            item => item.ToString(System.Globalization.CultureInfo.InvariantCulture),
            (_, _) => { });
        return found.Values.Single();
    }
}
