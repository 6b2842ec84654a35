using Casavi.GraphQL.Kernel.Paging;

namespace Casavi.GraphQL.Tests.Paging;

public sealed class InMemoryConnectionTests
{
    private static readonly IReadOnlyList<int> Items = [.. Enumerable.Range(1, 7)];
    private static readonly CursorSigner Signer = CursorSigner.WithRandomKey();

    [Fact]
    public void Pages_continue_after_the_end_cursor_until_the_list_ends()
    {
        var seen = new List<int>();
        string? after = null;
        bool hasNext;
        do
        {
            var page = InMemoryConnection.Create(Items, new PageRequest(3, after), "numbers", Signer);
            seen.AddRange(page.Nodes);
            hasNext = page.PageInfo.HasNextPage;
            Assert.Equal(after is not null, page.PageInfo.HasPreviousPage);
            Assert.Equal(7, page.TotalCount);
            after = page.PageInfo.EndCursor;
        }
        while (hasNext);

        Assert.Equal(Items, seen);
    }

    [Fact]
    public void First_zero_returns_no_edges_but_reports_more()
    {
        var page = InMemoryConnection.Create(Items, new PageRequest(0, null), "numbers", Signer);

        Assert.Empty(page.Edges);
        Assert.True(page.PageInfo.HasNextPage);
    }
}
