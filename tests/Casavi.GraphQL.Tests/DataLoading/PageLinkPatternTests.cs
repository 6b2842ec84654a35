using Casavi.GraphQL.Kernel.DataLoading;

namespace Casavi.GraphQL.Tests.DataLoading;

public sealed class PageLinkPatternTests
{
    [Theory]
    [InlineData("/v2/units?page=1", 0, "/v2/units?page=4")]
    [InlineData("/v2/units?page=2", 1, "/v2/units?page=5")]
    [InlineData("/v2/units?includeInactiveContracts=True&page=1&sort=id", 0, "/v2/units?includeInactiveContracts=True&page=4&sort=id")]
    [InlineData("https://casavi.test/v2/units?page=2&modifiedAfter=2026-03-01", 1, "https://casavi.test/v2/units?page=5&modifiedAfter=2026-03-01")]
    public void The_second_pages_link_tells_how_pages_count_and_the_rest_is_kept(string secondPageLink, int firstPageNumber, string fifthPageLink)
    {
        var pattern = PageLinkPattern.Learn(secondPageLink);

        Assert.NotNull(pattern);
        Assert.Equal(firstPageNumber, pattern.FirstPageNumber);
        Assert.Equal(secondPageLink, pattern.LinkTo(2));
        Assert.Equal(fifthPageLink, pattern.LinkTo(5));
    }

    [Theory]
    [InlineData("/v2/units?cursor=abc")]
    [InlineData("/v2/units")]
    [InlineData("/v2/units?page=7")]
    [InlineData("/v2/units?page=x")]
    [InlineData("/v2/units?subpage=1")]
    public void Links_that_do_not_say_how_pages_count_are_followed_as_they_are(string secondPageLink) =>
        Assert.Null(PageLinkPattern.Learn(secondPageLink));
}
