using Casavi.Client.Paging;
using Casavi.Contract;
using Casavi.GraphQL.Kernel.Paging;
using GraphQL;

namespace Casavi.GraphQL.Tests.Paging;

public sealed class CasaviListConnectionTests
{
    private readonly FakeList list = new(itemCount: 60);
    private readonly CursorSigner signer = CursorSigner.WithRandomKey();

    [Fact]
    public async Task First_ten_then_after_repeated_reads_the_whole_list_once_per_page()
    {
        var seen = new List<int>();
        string? after = null;
        var hasNext = true;
        while (hasNext)
        {
            var page = await BuildAsync(new PageRequest(10, after));
            seen.AddRange(page.Nodes);
            hasNext = page.PageInfo.HasNextPage;
            after = page.PageInfo.EndCursor;
        }

        Assert.Equal(Enumerable.Range(1, 60), seen);
        // Each call reads the page its cursor points into; a cursor at a page end points at the next page.
        Assert.Equal(["first", "first", "first", "page=2", "page=2", "page=2", "page=3"], list.Requests);
    }

    [Fact]
    public async Task A_page_ending_on_a_casavi_page_boundary_resumes_on_the_next_page_without_refetching()
    {
        var first = await BuildAsync(new PageRequest(25, null));
        list.Requests.Clear();

        var second = await BuildAsync(new PageRequest(25, first.PageInfo.EndCursor));

        Assert.Equal(26, second.Nodes.First());
        Assert.Equal(["page=2"], list.Requests);
    }

    [Fact]
    public async Task Sixty_items_cross_two_page_boundaries_and_page_info_is_exact()
    {
        var page = await BuildAsync(new PageRequest(60, null));

        Assert.Equal(Enumerable.Range(1, 60), page.Nodes);
        Assert.False(page.PageInfo.HasNextPage);
        Assert.False(page.PageInfo.HasPreviousPage);
        Assert.Equal(3, list.Requests.Count);
    }

    [Fact]
    public async Task Total_count_reuses_fetched_pages()
    {
        var page = await BuildAsync(new PageRequest(5, null), includeTotalCount: true);

        Assert.Equal(60, page.TotalCount);
        Assert.Equal(["first", "page=2", "page=3"], list.Requests);
    }

    [Theory]
    [InlineData("/_sandbox/knobs")]
    [InlineData("/v2/units?page=2")]
    [InlineData("/v2/numbers/../units?page=2")]
    [InlineData("/v2/numbers?page=2&page=3")]
    [InlineData("/v2/numbers")]
    public async Task A_signed_cursor_whose_link_is_not_a_page_of_the_list_fetches_nothing(string link)
    {
        var cursor = new ListCursor("numbers", link, 0).Encode(signer);

        var error = await Assert.ThrowsAsync<ExecutionError>(() => BuildAsync(new PageRequest(10, cursor)));

        Assert.Equal("BAD_USER_INPUT", error.Code);
        Assert.Empty(list.Requests);
    }

    private Task<ConnectionResult<int>> BuildAsync(PageRequest request, bool includeTotalCount = false) =>
        CasaviListConnection.BuildAsync(new CasaviList<int>("numbers", "/v2/numbers", list.FirstPageAsync), request, includeTotalCount, list, signer, seen: null, CancellationToken.None);

    /// <summary>A casavi-like list of 1..N in pages of 25, recording which pages were fetched.</summary>
    private sealed class FakeList(int itemCount) : ICasaviPager
    {
        public List<string> Requests { get; } = [];

        public Task<Page<int>> FirstPageAsync(CancellationToken cancellationToken)
        {
            Requests.Add("first");
            return Task.FromResult(PageAt(1));
        }

        public Task<Page<T>> GetPageAsync<T>(string link, CancellationToken cancellationToken)
        {
            Requests.Add(link[(link.IndexOf('?', StringComparison.Ordinal) + 1)..]);
            var number = int.Parse(link[(link.IndexOf('=', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            return Task.FromResult((Page<T>)(object)PageAt(number));
        }

        private Page<int> PageAt(int number)
        {
            var items = Enumerable.Range(((number - 1) * 25) + 1, 25).Where(item => item <= itemCount).ToList();
            var hasNext = number * 25 < itemCount;
            return new Page<int> { List = items, Links = hasNext ? new PageLinks { Next = $"/v2/numbers?page={number + 1}" } : null };
        }
    }
}
