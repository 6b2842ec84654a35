using Casavi.GraphQL.Kernel.DataLoading;

namespace Casavi.GraphQL.Tests.DataLoading;

public sealed class BatchCostTests
{
    [Theory]
    [InlineData(3, null, false)] // a list never walked may be long: by id
    [InlineData(3, 1, true)] // one page instead of three requests
    [InlineData(12, 20, false)] // twelve requests in one wave beat up to twenty pages
    [InlineData(16, 7, true)] // at most seven pages in three windows beat sixteen requests in one wave
    [InlineData(16, 15, false)] // fewer pages, but four windows against one wave
    [InlineData(17, 500, true)] // more keys than by id may take: walk whatever the list's length
    public void The_cheaper_way_is_chosen_by_requests_unless_its_waves_are_many_more(int keys, int? knownPages, bool walk) =>
        Assert.Equal(walk, BatchCost.WalkIsCheaper(keys, knownPages, locatedPages: null, byIdMaxKeys: 16, concurrencyCap: 16));

    [Theory]
    [InlineData(12, 3, true)] // three pages in one round beat twelve requests in one wave
    [InlineData(16, 15, true)] // located: fifteen pages in one round, no longer four windows
    [InlineData(4, 4, false)] // as many pages as keys: by id, which needs no memory of the list
    [InlineData(3, 1, true)]
    public void Keys_seen_before_cost_the_pages_they_were_on_in_one_round(int keys, int locatedPages, bool walk) =>
        Assert.Equal(walk, BatchCost.WalkIsCheaper(keys, knownPages: 40, locatedPages, byIdMaxKeys: 16, concurrencyCap: 16));

    [Theory]
    [InlineData(5, null, false)] // a list never read may be long: by id, each entity cached on its own
    [InlineData(5, 3, true)] // three pages cached whole beat five requests
    [InlineData(10, 38, false)] // ten requests beat thirty-eight pages
    [InlineData(17, 500, true)] // more keys than by id may take: the whole list, whatever its length
    public void With_the_cache_on_a_list_is_read_whole_when_it_costs_no_more_than_by_id(int keys, int? knownPages, bool whole) =>
        Assert.Equal(whole, BatchCost.WholeReadIsCheaper(keys, knownPages, byIdMaxKeys: 16));
}
